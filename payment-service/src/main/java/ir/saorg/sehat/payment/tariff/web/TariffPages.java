package ir.saorg.sehat.payment.tariff.web;

import ir.saorg.sehat.payment.tariff.FiscalYear;
import ir.saorg.sehat.payment.tariff.TariffFile;
import ir.saorg.sehat.payment.tariff.TariffFileError;
import ir.saorg.sehat.payment.tariff.TariffFileRules;
import ir.saorg.sehat.payment.tariff.TariffFileTooLargeException;
import ir.saorg.sehat.payment.tariff.TariffHistory;
import ir.saorg.sehat.payment.tariff.TariffTables;
import ir.saorg.sehat.payment.tariff.UploadingTariffTable;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.portal.PortalPage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The operator's pages of tariff tables: every fiscal year with its current version ({@code /operator/tariffs}), and
 * one year's current table in rials with its history of versions, the CSV to download and a form to upload the
 * next version ({@code /operator/tariffs/{year}}). An upload goes through {@link UploadingTariffTable} exactly as the
 * API's does: a file with errors stores nothing and comes back with every error and its row, in the API's words.
 * Who may do what is {@link TariffAccess}'s.
 */
@PortalPage
class TariffPages {

    static final String BASE = "/operator/tariffs";

    private final TariffTables tables;
    private final UploadingTariffTable uploading;
    private final TariffFileRules rules;
    private final ProblemDetailsAdvice problems;

    TariffPages(TariffTables tables, UploadingTariffTable uploading, TariffFileRules rules,
                ProblemDetailsAdvice problems) {
        this.tables = tables;
        this.uploading = uploading;
        this.rules = rules;
        this.problems = problems;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("tables", tables.currentOfEveryYear());
        model.addAttribute("nextYear", uploading.latestUploadableYear());
        return "tariffs/list";
    }

    /** The year typed in the list's form, as its page. */
    @GetMapping(BASE + "/year")
    String chosen(@RequestParam(required = false) String year) {
        return "redirect:" + BASE + "/" + TariffProblems.yearOf(uploading, year);
    }

    @GetMapping(BASE + "/{year:[0-9\\u06F0-\\u06F9\\u0660-\\u0669]{4}}")
    String year(@PathVariable String year, @RequestParam(required = false) Integer uploaded,
                @RequestParam(required = false) Boolean unchanged, Model model) {
        int fiscalYear = TariffProblems.yearOf(uploading, year);
        model.addAttribute("uploaded", uploaded);
        model.addAttribute("unchanged", Boolean.TRUE.equals(unchanged));
        return page(fiscalYear, model);
    }

    @PostMapping(BASE + "/{year:[0-9\\u06F0-\\u06F9\\u0660-\\u0669]{4}}")
    String upload(@PathVariable String year, @RequestParam(name = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal Jwt operator, Model model, HttpServletResponse response) {
        int fiscalYear = TariffProblems.uploadableYear(uploading, year);
        try {
            UploadingTariffTable.Upload upload = TariffProblems.answering(() -> uploading.upload(fiscalYear,
                    fileOf(file), TariffProblems.uploader(operator)));
            return "redirect:" + BASE + "/" + fiscalYear + (upload.created()
                    ? "?uploaded=" + upload.table().version() : "?unchanged=true");
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problems.describe(problem));
            return page(fiscalYear, model);
        }
    }

    private TariffFile fileOf(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw TariffProblems.invalidFile(
                    List.of(new TariffFileError(0, "file", "tariff.file-part-missing", List.of())));
        }
        if (file.getSize() > rules.maxFileBytes()) {
            throw TariffProblems.tooLarge(new TariffFileTooLargeException(file.getSize(), rules.maxFileBytes()));
        }
        try {
            return new TariffFile(file.getBytes(), file.getOriginalFilename(), file.getContentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(int fiscalYear, Model model) {
        TariffHistory history = tables.historyOf(fiscalYear);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("history", history.versions());
        model.addAttribute("current", history.current().orElse(null));
        model.addAttribute("uploadable", fiscalYear >= FiscalYear.EARLIEST_UPLOADABLE
                && fiscalYear <= uploading.latestUploadableYear());
        return "tariffs/year";
    }
}
