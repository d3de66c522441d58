package org.xinyidai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs .ci/check-migrations from the build: its self-test (a lower version added after a higher one fails) and
 * the real check of this repository (no migration added to main below one it already had, none on this branch
 * below main's highest). It needs git and the repository's history; CI must have both, so there it fails loudly
 * instead of skipping.
 */
class MigrationOrderTests {

    static final Path SCRIPT = Path.of(".ci/check-migrations");

    @BeforeEach
    void needsGitAndHistory() throws Exception {
        String missing = !Files.exists(Path.of(".git")) ? "no .git in " + Path.of("").toAbsolutePath()
                : !gitRuns() ? "no git command" : null;
        if (missing != null && "true".equals(System.getenv("CI"))) {
            fail("The migration order check needs git and the repository's history, but there is " + missing
                    + ": check out the repository with its history (not an export) in CI.");
        }
        Assumptions.assumeTrue(missing == null, "outside CI without git: " + missing);
    }

    @Test
    void theCheckFailsWhenALowerVersionIsAddedAfterAHigherOne() throws Exception {
        Result selfTest = run("--self-test");
        assertThat(selfTest.output()).contains("self-test passed");
        assertThat(selfTest.exitCode()).as(selfTest.output()).isZero();
    }

    @Test
    void everyMigrationOfThisRepositoryCameAfterTheOnesBeforeIt() throws Exception {
        Result check = run();
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("every migration's version is above those before it");
    }

    private static Result run(String... arguments) throws IOException, InterruptedException {
        assertThat(SCRIPT).as("run from the project's root").isRegularFile();
        String[] command = new String[arguments.length + 2];
        command[0] = "bash";
        command[1] = SCRIPT.toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("check-migrations did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean gitRuns() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    record Result(int exitCode, String output) {
    }
}
