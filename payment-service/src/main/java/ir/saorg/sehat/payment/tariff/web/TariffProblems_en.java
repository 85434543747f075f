package ir.saorg.sehat.payment.tariff.web;

import java.util.ListResourceBundle;

/** Problem messages of the tariff API in English. Apostrophes are avoided: messages are MessageFormat patterns. */
public class TariffProblems_en extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                {"invalid-tariff-file.title", "Invalid tariff file"},
                {"invalid-tariff-file.detail", "{0} error(s) found in the file; the tariff tables were not changed."},
                {"tariff-fiscal-year-malformed.title", "Invalid fiscal year"},
                {"tariff-fiscal-year-malformed.detail",
                        "\"{0}\" is not a fiscal year: write a four-digit Jalali year such as 1405. Tables can be uploaded for {1} to {2}."},
                {"tariff-table-not-found.title", "Tariff table not found"},
                {"tariff-table-not-found.detail", "There is no tariff table for fiscal year {0}; every request of that year is free."},
                {"tariff-file-too-large.title", "Tariff file too large"},
                {"tariff-file-too-large.detail", "The file has {0} bytes; at most {1} bytes are accepted."},
                {"tariff-upload-contended.title", "Concurrent uploads"},
                {"tariff-upload-contended.detail",
                        "The table of {0} was uploaded several times at once and this upload was not stored. Look at the current table and upload again."},

                {"tariff.file-empty", "The file is empty."},
                {"tariff.file-no-rows", "The file has no rows but the header; each request type needs one row (zero means free)."},
                {"tariff.file-encoding",
                        "The file is neither UTF-8 nor Windows-1256 text. Save it from Excel as \"CSV UTF-8\"."},
                {"tariff.file-utf16", "The file is saved as UTF-16 (Unicode text). Save it from Excel as \"CSV UTF-8\"."},
                {"tariff.file-workbook", "The file is an Excel workbook, not CSV or JSON. Save it from Excel as \"CSV UTF-8\"."},
                {"tariff.file-form-encoded",
                        "The file was sent as a form. Send it with Content-Type: text/csv or application/json (with curl: -H \"Content-Type: text/csv\")."},
                {"tariff.file-part-missing", "The multipart request has no part named file."},
                {"tariff.csv-unclosed-quote", "Row {0}: a quote opened in this row is never closed."},
                {"tariff.csv-too-many-cells",
                        "Row {0}: more than {1} cells. If an amount has \",\" between thousands, put it in quotes or remove the separators."},
                {"tariff.json-malformed", "The file is not valid JSON (line {0}, column {1})."},
                {"tariff.json-shape", "The JSON must be an object with a tariffs array whose members have requestType and amountRials."},
                {"tariff.json-unknown-member", "Unknown member \"{0}\" in the JSON; only tariffs and fiscalYear are allowed."},
                {"tariff.json-row-shape", "Row {0}: must be an object with requestType and amountRials."},
                {"tariff.json-unknown-field", "Row {0}: unknown member \"{1}\"; only requestType, amountRials and note are allowed."},
                {"tariff.fiscal-year-mismatch", "The file is for the year {0} but was uploaded for {1}."},
                {"tariff.header-unknown-column",
                        "Row {0}: unknown column \"{1}\". The header must be requestType,amountRials,note or نوع درخواست,مبلغ (ریال),توضیح (the note is optional)."},
                {"tariff.header-duplicate-column", "Row {0}: the column \"{1}\" appears twice."},
                {"tariff.header-missing-column",
                        "Row {0}: the header has no {1} column. The header must be requestType,amountRials,note or نوع درخواست,مبلغ (ریال),توضیح (the note is optional)."},
                {"tariff.type-missing", "Row {0}: the request type is empty."},
                {"tariff.type-unknown", "Row {0}: unknown request type \"{1}\". Known types: {2}."},
                {"tariff.type-duplicate", "Row {0}: the request type {1} already appears in row {2}; each type has one row."},
                {"tariff.amount-missing", "Row {0}: the amount is empty (write 0 for free)."},
                {"tariff.amount-not-numeric", "Row {0}: the amount \"{1}\" is not a number."},
                {"tariff.amount-not-whole",
                        "Row {0}: the amount \"{1}\" must be a whole number of rials, without a decimal point (do not use \".\" between thousands)."},
                {"tariff.amount-negative", "Row {0}: the amount \"{1}\" is negative."},
                {"tariff.amount-absurd", "Row {0}: the amount \"{1}\" is more than the maximum of {2} rials; check for extra zeros."},
                {"tariff.note-too-long", "Row {0}: the note is longer than {1} characters."},
        };
    }
}
