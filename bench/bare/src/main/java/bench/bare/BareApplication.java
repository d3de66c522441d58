package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A bare Spring Boot web app: the baseline Xinyidai's start-up time and idle memory are compared with. */
@SpringBootApplication
@RestController
public class BareApplication {

    @GetMapping("/")
    String hello() {
        return "hello";
    }

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }
}
