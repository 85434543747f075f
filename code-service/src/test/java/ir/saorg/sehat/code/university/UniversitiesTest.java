package ir.saorg.sehat.code.university;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UniversitiesTest {

    final Universities universities = new Universities(Map.of(
            "ut", new Universities.Names("دانشگاه تهران", "University of Tehran")));

    @Test
    void namesAKnownUniversityInPersianAndEnglish() {
        assertThat(universities.named("ut")).isEqualTo(new University("ut", "دانشگاه تهران", "University of Tehran"));
    }

    @Test
    void showsAnUnknownCodeAsItselfAndNoCodeAsNothing() {
        assertThat(universities.named("kmu")).isEqualTo(new University("kmu", "kmu", "kmu"));
        assertThat(universities.named(null)).isNull();
    }

    @Test
    void refusesAUniversityWithoutBothNames() {
        assertThatThrownBy(() -> new Universities.Names("دانشگاه تهران", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedListNamesTheDevelopmentUniversitiesAndADozenMoreInPersianLetters() {
        Map<String, String> names = shippedNames();

        assertThat(names).containsEntry("ut.fa", "دانشگاه تهران").containsEntry("ut.en", "University of Tehran")
                .containsEntry("sharif.fa", "دانشگاه صنعتی شریف")
                .containsEntry("sharif.en", "Sharif University of Technology");
        assertThat(names.keySet().stream().filter(key -> key.endsWith(".fa")).count()).isGreaterThanOrEqualTo(14);
        assertThat(names).allSatisfy((key, name) -> {
            assertThat(name).as(key).isNotBlank();
            if (key.endsWith(".fa")) {
                assertThat(name).as(key + ": Persian ی and ک, not Arabic ي and ك").doesNotContain("ي", "ك")
                        .startsWith("دانشگاه");
            }
        });
        assertThat(names.keySet()).allSatisfy(key -> assertThat(key).matches("[a-z]+\\.(fa|en)"));
    }

    private static Map<String, String> shippedNames() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("universities.yml"));
        Properties properties = yaml.getObject();
        Map<String, String> names = new TreeMap<>();
        String prefix = "sehat.code.universities.";
        properties.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> names.put(key.substring(prefix.length()), properties.getProperty(key)));
        return names;
    }
}
