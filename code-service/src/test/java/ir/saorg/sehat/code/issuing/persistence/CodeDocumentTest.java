package ir.saorg.sehat.code.issuing.persistence;

import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.code.CodeRevoked;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CodeDocumentTest {

    static final Instant ISSUED = Instant.parse("2026-11-24T08:15:31.123Z");
    static final IssuedCode.Holder HOLDER = new IssuedCode.Holder("0499370899", "4011234567", "زهرا احمدی");

    static Stream<IssuedCode> codes() {
        return Stream.of(
                new IssuedCode("74590676108635557806", "9b1d7c1e-2f4a-4c55-9a43-0c4e1b7f2a10", "ENROLMENT_CERTIFICATE",
                        HOLDER, ISSUED, ISSUED.plusSeconds(86_400 * 180), "گواهی اشتغال به تحصیل",
                        "Enrolment certificate", null, "ut", new IssuedCode.Extension(90, 30)),
                new IssuedCode("74590676108635557806", "9b1d7c1e-2f4a-4c55-9a43-0c4e1b7f2a10", "ENROLMENT_CERTIFICATE",
                        HOLDER, ISSUED, ISSUED.plusSeconds(60), null, null),
                new IssuedCode("74590676108635557806", "9b1d7c1e-2f4a-4c55-9a43-0c4e1b7f2a10", "EDUCATIONAL_CONFIRMATION",
                        HOLDER, ISSUED, ISSUED.plusSeconds(60), "تأیید تحصیلی", "Educational confirmation",
                        new IssuedCode.Revocation(CodeRevoked.Category.RECORD_CORRECTED, "corrected", ISSUED.plusSeconds(5),
                                "operator-1", "12345678901234567890"), "sharif", null),
                new IssuedCode("74590676108635557806", "9b1d7c1e-2f4a-4c55-9a43-0c4e1b7f2a10", "EDUCATIONAL_CONFIRMATION",
                        new IssuedCode.Holder("0499370899", null, "زهرا احمدی"), ISSUED, null, null, null,
                        new IssuedCode.Revocation(CodeRevoked.Category.FRAUD, "forged", ISSUED, "operator-2"), null,
                        new IssuedCode.Extension(0, 0)));
    }

    final MappingMongoConverter mapping = converter();

    @ParameterizedTest
    @MethodSource("codes")
    void storesWhatSpringDataWouldStoreWithoutTheTypeHint(IssuedCode code) {
        var mapped = new Document();
        mapping.write(code, mapped);
        mapped.remove("_class");

        assertThat(CodeDocument.of(code)).isEqualTo(mapped);
    }

    @ParameterizedTest
    @MethodSource("codes")
    void springDataReadsItBackAsTheSameCode(IssuedCode code) {
        assertThat(mapping.read(IssuedCode.class, CodeDocument.of(code))).isEqualTo(code);
    }

    @ParameterizedTest
    @MethodSource("codes")
    void readsWhatSpringDataStoredAsSpringDataWouldReadIt(IssuedCode code) {
        var mapped = new Document();
        mapping.write(code, mapped);
        mapped.append("outbox", List.of(new Document("eventId", "e1")));

        assertThat(CodeDocument.toCode(mapped)).isEqualTo(mapping.read(IssuedCode.class, mapped)).isEqualTo(code);
    }

    /** Spring Data's mapping as Spring Boot sets it up for the application. */
    @Test
    void readsNumbersOfAnyTypeAsSpringDataWould() {
        var edited = CodeDocument.of(codes().findFirst().orElseThrow());
        edited.put("extension", new Document("maxDays", 90.0).append("usedDays", 30L));

        assertThat(CodeDocument.toCode(edited).extension()).isEqualTo(new IssuedCode.Extension(90, 30))
                .isEqualTo(mapping.read(IssuedCode.class, edited).extension());
    }

    private static MappingMongoConverter converter() {
        var conversions = new MongoCustomConversions(List.of());
        var context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        var converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
