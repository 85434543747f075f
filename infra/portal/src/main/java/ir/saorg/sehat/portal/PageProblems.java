package ir.saorg.sehat.portal;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A {@link Problem} on a portal page is shown as a page, in the reader's language, with the same title and detail the
 * API would have answered; ahead of {@link ProblemDetailsAdvice}, which answers API callers with problem details.
 */
@ControllerAdvice(annotations = PortalPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    private final ProblemDetailsAdvice problems;

    PageProblems(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Problem.class)
    String problem(Problem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problems.describe(problem));
        return "portal/problem";
    }
}
