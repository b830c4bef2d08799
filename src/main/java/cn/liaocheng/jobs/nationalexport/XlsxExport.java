package cn.liaocheng.jobs.nationalexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * One worksheet with the header row and the records, every cell a string: Excel would otherwise show a 20-digit
 * certificate number as 3.71502E+19 and lose its last digits. FastExcel writes the file as it goes (decision 0021).
 */
final class XlsxExport {

    private XlsxExport() {
    }

    static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "LiaochengJobsPortal", "1.0");
            var sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, c == 2 ? 24 : 14);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r + 1, c, row.get(c));
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
