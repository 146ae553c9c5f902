package pl.lupa.analysis;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * {@link StandardTokenizer}'s words, with a gap of {@value #GAP} positions before the first word
 * of each sentence ({@link SentenceBreaks}), so a phrase or a proximity match never joins the end
 * of one sentence to the start of the next ("Microsoftu. Przejęcie" is no match for
 * {@code "Microsoft przejmie"}). The text is read whole when the stream is reset; the field
 * values Lupa analyses are in memory anyway.
 */
public final class SentenceGapTokenizer extends Tokenizer {

    /** Positions between sentences: more than any slop Lupa's phrases and proximity allow. */
    public static final int GAP = 10;

    private final StandardTokenizer words = new StandardTokenizer();
    private final CharTermAttribute wordTerm = words.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute wordOffset = words.addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute wordIncrement = words.addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute wordType = words.addAttribute(TypeAttribute.class);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private final StringBuilder text = new StringBuilder();
    private int[] breaks = new int[0];
    /** The next sentence start to look for. */
    private int nextBreak;

    private int length;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!words.incrementToken()) {
            return false;
        }
        int start = wordOffset.startOffset();
        int gap = 0;
        while (nextBreak < breaks.length && breaks[nextBreak] <= start) {
            // a sentence started at or before this word, after the previous word
            gap = breaks[nextBreak] > 0 ? GAP : 0;
            nextBreak++;
        }
        term.copyBuffer(wordTerm.buffer(), 0, wordTerm.length());
        offset.setOffset(correctOffset(start), correctOffset(wordOffset.endOffset()));
        increment.setPositionIncrement(wordIncrement.getPositionIncrement() + gap);
        type.setType(wordType.type());
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[8192];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        String s = text.toString();
        length = s.length();
        breaks = SentenceBreaks.boundaries(s);
        nextBreak = 0;
        words.setReader(new StringReader(s));
        words.reset();
    }

    @Override
    public void end() throws IOException {
        super.end();
        words.end();
        int end = correctOffset(length);
        offset.setOffset(end, end);
        increment.setPositionIncrement(wordIncrement.getPositionIncrement());
    }

    @Override
    public void close() throws IOException {
        super.close();
        words.close();
        text.setLength(0);
        if (text.capacity() > 1 << 20) {
            text.trimToSize(); // do not keep a long article's buffer for the thread's next short one
        }
    }
}
