package ir.saorg.sehat.payment.tariff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an uploaded table file and checks all of it: size, encoding, format (CSV or JSON, by declared media type,
 * then file name, then content), header, every row. Either the whole table is good, or every error found is thrown
 * at once in an {@link InvalidTariffFileException}.
 */
public class ReadingTariffFile {

    private final TariffFileRules rules;

    public ReadingTariffFile(TariffFileRules rules) {
        this.rules = rules;
    }

    public ReadTariffFile read(TariffFile file, int fiscalYear) {
        if (file.content().length > rules.maxFileBytes()) {
            throw new TariffFileTooLargeException(file.content().length, rules.maxFileBytes());
        }
        var errors = new ArrayList<TariffFileError>();
        Optional<String> decoded = file.content().length == 0 ? Optional.of("")
                : DecodingTariffFile.decode(file.content(), errors);
        if (decoded.isEmpty()) {
            throw new InvalidTariffFileException(errors);
        }
        String text = decoded.get();
        if (text.isBlank()) {
            throw new InvalidTariffFileException(List.of(TariffFileError.ofFile("tariff.file-empty")));
        }
        TariffFileFormat format = formatOf(file, text);
        List<TariffFileRow> read = format == TariffFileFormat.JSON
                ? ReadingJsonTariffs.read(text, fiscalYear, errors)
                : ReadingCsvTariffs.read(text, errors);
        if (read.isEmpty() && errors.isEmpty()) {
            errors.add(TariffFileError.ofFile("tariff.file-no-rows"));
        }
        List<TariffRow> rows = ValidatingTariffRows.validate(read, rules, errors);
        if (!errors.isEmpty()) {
            throw new InvalidTariffFileException(errors);
        }
        return new ReadTariffFile(format, rows);
    }

    static TariffFileFormat formatOf(TariffFile file, String text) {
        String type = file.contentType() == null ? ""
                : file.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (type.endsWith("/json") || type.endsWith("+json")) {
            return TariffFileFormat.JSON;
        }
        if (type.endsWith("/csv") || type.endsWith("/x-csv") || type.equals("text/comma-separated-values")) {
            return TariffFileFormat.CSV;
        }
        String name = file.name() == null ? "" : file.name().toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".json")) {
            return TariffFileFormat.JSON;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return TariffFileFormat.CSV;
        }
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? TariffFileFormat.JSON : TariffFileFormat.CSV;
    }
}
