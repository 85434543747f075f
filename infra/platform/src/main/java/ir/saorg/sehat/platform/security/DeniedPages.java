package ir.saorg.sehat.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/**
 * Answers a 401 or 403 on a page a browser asked for as a page (the portal's, in its layout and language) rather than
 * as problem details; API calls keep getting problem details. A service without pages has none.
 */
public interface DeniedPages {

    /** Whether the request is a browser's for a page, which this answers. */
    boolean answers(HttpServletRequest request);

    /** Writes the page of the problem {@code slug} with {@code status}. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug)
            throws IOException;
}
