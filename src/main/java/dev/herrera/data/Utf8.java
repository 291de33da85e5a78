package dev.herrera.data;

import java.nio.ByteBuffer;
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
}
