package fr.allervers.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs code with standard input given and standard output and error captured: what a command line tool talks to. */
public final class StandardStreams {

    /** What the code printed. */
    public record Captured(String out, String err) {
    }

    /** Code that may throw, as a command's {@code run} does. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private StandardStreams() {
    }

    public static Captured capture(String standardInput, Action action) throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            action.run();
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
        return new Captured(capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
    }
}
