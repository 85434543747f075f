package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Publishes each request type's guide, so that a client can build a valid request from it alone. */
@RestController
@RequestMapping("/api/v1/request-types")
class RequestTypesController {

    private final RequestTypeCatalogue types;

    RequestTypesController(RequestTypeCatalogue types) {
        this.types = types;
    }

    @GetMapping
    List<RequestType> all() {
        return types.all();
    }

    @GetMapping("/{code}")
    RequestType one(@PathVariable String code) {
        return types.current(code).orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "unknown-request-type", code));
    }
}
