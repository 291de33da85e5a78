package dev.herrera.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8, as RFC 8259 asks of JSON exchanged between systems. Jackson's own decoder lets some
 * invalid sequences through (overlong forms such as {@code C0 AF} for {@code /}) and guesses UTF-16
 * or UTF-32 from zero bytes, so the loader checks the bytes itself first.
 */
final class Utf8 {
    /** The three bytes of a UTF-8 byte order mark, which the loader skips. */
    static final int BOM_LENGTH = 3;

    private Utf8() {
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The offset of the first byte that is not valid UTF-8 (a zero byte counts), or -1 if there is none. */
    static int firstInvalid(byte[] bytes, int from) {
        for (int i = from; i < Math.min(bytes.length, from + 4); i++) {
            if (bytes[i] == 0) {
                return i; // a zero byte up front means UTF-16 or UTF-32, not UTF-8
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                r = decoder.flush(out.clear());
                return r.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /** The 1-based line and column (in characters) of a byte offset in valid UTF-8 text before it. */
    static int[] lineAndColumn(byte[] bytes, int from, int offset) {
        int line = 1;
        int column = 1;
        for (int i = from; i < offset; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++; // count lead bytes only: one per character
            }
        }
        return new int[] {line, column};
    }

    /**
     * {@code in}, checked as strict UTF-8 while it is read: the same bytes {@link #firstInvalid} rejects
     * (overlong forms, surrogates, code points past U+10FFFF, a truncated sequence at the end, a zero
     * byte among the first four) end the read with {@link Invalid}. A byte order mark passes through.
     */
    static InputStream checking(InputStream in) {
        return new Checking(in);
    }

    /** The bytes read so far are not valid UTF-8. */
    static final class Invalid extends IOException {
        private static final long serialVersionUID = 1L;

        Invalid(long offset) {
            super("not valid UTF-8 at offset " + offset);
        }
    }

    private static final class Checking extends FilterInputStream {
        /** A byte array read eight bytes at a time, and the bit that is set in no ASCII byte. */
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long HIGH_BITS = 0x8080808080808080L;

        /** Bytes read so far. */
        private long offset;
        /** Continuation bytes the current sequence still needs, and the range the next one must fall in. */
        private int need;
        private int low = 0x80;
        private int high = 0xBF;

        Checking(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) {
                if (need != 0) {
                    throw new Invalid(offset);
                }
                return n;
            }
            check(b, off, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skip is not supported while checking UTF-8");
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check(byte[] b, int off, int n) throws Invalid {
            int end = off + n;
            int i = off;
            while (i < end) {
                if (need == 0) {
                    if (offset + i - off >= 4) {
                        while (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                            i += 8; // eight ASCII bytes at a time: the bulk of a dataset
                        }
                    }
                    while (i < end && b[i] > 0) {
                        i++;
                    }
                    if (i == end) {
                        break;
                    }
                    long at = offset + i - off;
                    if (b[i] != 0 || at < 4) {
                        lead(b[i] & 0xFF, at); // a zero byte up front means UTF-16 or UTF-32
                    }
                } else {
                    int c = b[i] & 0xFF;
                    if (c < low || c > high) {
                        throw new Invalid(offset + i - off);
                    }
                    need--;
                    low = 0x80;
                    high = 0xBF;
                }
                i++;
            }
            offset += n;
        }

        /** The first byte of a sequence: how many continuation bytes follow, and the first one's range. */
        private void lead(int c, long at) throws Invalid {
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                low = c == 0xE0 ? 0xA0 : 0x80; // E0: no overlong forms
                high = c == 0xED ? 0x9F : 0xBF; // ED: no surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                low = c == 0xF0 ? 0x90 : 0x80; // F0: no overlong forms
                high = c == 0xF4 ? 0x8F : 0xBF; // F4: nothing past U+10FFFF
            } else {
                throw new Invalid(at);
            }
        }
    }
}
