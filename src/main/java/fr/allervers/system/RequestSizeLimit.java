package fr.allervers.system;

import java.io.IOException;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bounds every request body before anything reads it: six parallel JSON bodies of 38 MB once exhausted the heap.
 * A body announced larger than its limit is refused at once (413) without reading it, before authentication; a body
 * sent without a length (chunked) is counted while it is read and refused at the limit. File uploads
 * ({@code multipart/form-data}, the imports) may be as large as {@code allervers.imports.max-bytes}; every other body
 * as {@code allervers.requests.max-body-bytes}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimit extends OncePerRequestFilter {

    /** Room for the multipart boundaries, headers and the small form fields beside the file. */
    static final long MULTIPART_OVERHEAD = 1024 * 1024;

    private final long maxBodyBytes;
    private final long maxUploadBytes;

    RequestSizeLimit(AllerVersProperties properties) {
        this.maxBodyBytes = properties.requests().maxBodyBytes();
        this.maxUploadBytes = properties.imports().maxBytes() + MULTIPART_OVERHEAD;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        long limit = upload ? maxUploadBytes : maxBodyBytes;
        long announced = request.getContentLengthLong();
        if (announced > limit) {
            refuse(response, announced, limit, upload);
            return;
        }
        chain.doFilter(announced < 0 && !upload ? new Counted(request, limit) : request, response);
    }

    /** The 413 answer: problem+json, and the connection closed so that the rest of the body is not read. */
    private static void refuse(HttpServletResponse response, long announced, long limit, boolean upload)
            throws IOException {
        ProblemDetail problem = tooLarge(announced, limit, upload);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle()
                + "\",\"status\":413,\"detail\":\"" + problem.getDetail() + "\"}");
    }

    static ProblemDetail tooLarge(long bytes, long limit, boolean upload) {
        String setting = upload ? "allervers.imports.max-bytes" : "allervers.requests.max-body-bytes";
        String size = bytes < 0 ? "plus de " + bytes(limit) : bytes(bytes);
        return Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "requete-trop-volumineuse", "Requête trop volumineuse",
                "corps de requête trop volumineux : " + size + " octets pour une limite de " + bytes(limit)
                        + " (" + setting + ")" + (upload ? "" : " ; envoyez moins d'éléments à la fois"));
    }

    private static String bytes(long count) {
        return String.format(Locale.FRANCE, "%,d", count).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Whether a failure to read a body came from this limit (the readers wrap it in their own exceptions). */
    public static ProblemDetail exceeded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge(-1, tooLarge.limit, false);
            }
        }
        return null;
    }

    static final class BodyTooLargeException extends IOException {

        private final long limit;

        BodyTooLargeException(long limit) {
            super("request body above " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** A request whose body, of unannounced length, fails once it passes the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
