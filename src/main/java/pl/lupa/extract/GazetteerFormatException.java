package pl.lupa.extract;

/** A gazetteer file line that cannot be read; the message names the file and the line. */
public final class GazetteerFormatException extends IllegalArgumentException {

    private final int lineNumber;

    GazetteerFormatException(String source, int lineNumber, String problem) {
        super(source + " line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /** 1-based number of the offending line. */
    public int lineNumber() {
        return lineNumber;
    }
}
