package ir.saorg.sehat.payment.tariff;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON table: {@code {"tariffs": [{"requestType": "...", "amountRials": 2500000, "note": "..."}]}}, with an
 * optional {@code "fiscalYear"} that must then be the year uploaded to. An amount may also be a string of digits
 * (Persian digits and thousands separators as in CSV). Rows are numbered by their position in the array, from 1.
 */
final class ReadingJsonTariffs {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> TOP_LEVEL = Set.of("tariffs", "fiscalYear");
    private static final Set<String> ROW_MEMBERS = Set.of("requestType", "amountRials", "note");

    private ReadingJsonTariffs() {
    }

    static List<TariffFileRow> read(String text, int fiscalYear, List<TariffFileError> errors) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            var where = e.getLocation();
            errors.add(TariffFileError.ofFile("tariff.json-malformed", where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr()));
            return List.of();
        }
        if (root == null || !root.isObject() || root.get("tariffs") == null || !root.get("tariffs").isArray()) {
            errors.add(TariffFileError.ofFile("tariff.json-shape"));
            return List.of();
        }
        root.propertyNames().stream().filter(name -> !TOP_LEVEL.contains(name))
                .forEach(name -> errors.add(TariffFileError.ofFile("tariff.json-unknown-member", name)));
        checkYear(root.get("fiscalYear"), fiscalYear, errors);
        var rows = new ArrayList<TariffFileRow>();
        JsonNode tariffs = root.get("tariffs");
        for (int i = 0; i < tariffs.size(); i++) {
            int row = i + 1;
            JsonNode element = tariffs.get(i);
            if (!element.isObject()) {
                errors.add(TariffFileError.atRow(row, "row", "tariff.json-row-shape"));
                continue;
            }
            element.propertyNames().stream().filter(name -> !ROW_MEMBERS.contains(name)).forEach(name ->
                    errors.add(TariffFileError.atRow(row, name, "tariff.json-unknown-field", name)));
            rows.add(new TariffFileRow(row, text(element.get("requestType")), text(element.get("amountRials")),
                    text(element.get("note"))));
        }
        return rows;
    }

    private static void checkYear(JsonNode year, int fiscalYear, List<TariffFileError> errors) {
        if (year == null || year.isNull()) {
            return;
        }
        String said = text(year);
        try {
            if (FiscalYear.parse(said) == fiscalYear) {
                return;
            }
        } catch (MalformedFiscalYearException e) {
            // reported below as not the year uploaded to
        }
        errors.add(new TariffFileError(0, "fiscalYear", "tariff.fiscal-year-mismatch",
                List.of(said, String.valueOf(fiscalYear))));
    }

    /** A scalar as text (a number as written), a container as its JSON, null as null. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
