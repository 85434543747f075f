package ir.saorg.sehat.request.bulk;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the first sheet of an XLSX workbook as a stream of rows (POI's SAX reader), so that 50,000 rows never become
 * a workbook in memory. Cells come as Excel shows them (numbers without grouping, formulas as their last result).
 * The file is opened from a temporary file, so that only the parts read are inflated, each under POI's zip-bomb
 * limits: an entry may not expand more than a hundredfold nor past {@link #MAX_ENTRY_BYTES}.
 */
final class XlsxRows {

    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxRows() {
    }

    static void read(byte[] content, int maxColumns, RowSink sink) {
        Path temp = null;
        try {
            temp = Files.createTempFile("sehat-bulk-", ".xlsx");
            Files.write(temp, content);
            try (OPCPackage workbook = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                readFirstSheet(workbook, new Rows(maxColumns, sink));
            }
        } catch (BadFileException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof BadFileException bad) {
                throw bad;
            }
            throw malformed(e);
        } catch (IOException | OpenXML4JException | POIXMLException | IllegalStateException
                 | IllegalArgumentException | UnsupportedOperationException e) {
            throw malformed(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void readFirstSheet(OPCPackage workbook, Rows rows)
            throws IOException, OpenXML4JException, SAXException {
        var reader = new XSSFReader(workbook);
        var strings = new ReadOnlySharedStringsTable(workbook, false);
        var sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new BadFileException("bulk-file-malformed-xlsx");
        }
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                    new DataFormatter(Locale.ROOT), false));
            parser.parse(new InputSource(sheet));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BadFileException malformed(Exception e) {
        String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
        return message.contains("Zip bomb") || message.contains("max. ratio") || message.contains("exceed")
                ? new BadFileException("bulk-file-expands-too-much")
                : new BadFileException("bulk-file-malformed-xlsx");
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxColumns;
        private final RowSink sink;
        private List<String> cells = new ArrayList<>();
        private int row;

        Rows(int maxColumns, RowSink sink) {
            this.maxColumns = maxColumns;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(new FileRow(row, cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            String text = value == null ? "" : value;
            if (column >= maxColumns) {
                if (text.isBlank()) {
                    return;
                }
                throw new BadFileException("bulk-file-too-wide", row, maxColumns);
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(text);
        }
    }
}
