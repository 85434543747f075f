package ir.saorg.sehat.code;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns verification codes: generates, stores and verifies them. */
@SpringBootApplication
public class CodeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CodeServiceApplication.class, args);
    }
}
