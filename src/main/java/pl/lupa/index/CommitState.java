package pl.lupa.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * What the last commit holds, as an incremental run needs it: each source file's content hash
 * and number of documents (read once, from doc values), and on demand the ids and content hashes
 * of a changed feed's records.
 */
final class CommitState implements ArticleStore.Previous {

    private final Directory directory;
    private final Map<String, FileState> files;

    private CommitState(Directory directory, Map<String, FileState> files) {
        this.directory = directory;
        this.files = files;
    }

    /**
     * The company names discovery established in the last commit's live articles (by their own
     * text, not only through the corpus): the memory a run starts from, also when it rebuilds, so
     * that two runs agree. Empty when there is no readable commit (the writer then says why).
     */
    static Set<String> establishedNames(Directory dir) {
        var names = new TreeSet<String>();
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return names;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                names.addAll(DiscoveredCompanies.established(DiscoveredCompanies.evidence(reader)));
            }
        } catch (IOException | RuntimeException e) {
            return new TreeSet<>();
        }
        return names;
    }

    /** The state of the directory's last commit; empty when there is none or when rebuilding. */
    static CommitState read(Directory dir, boolean full) throws IOException {
        var state = new HashMap<String, FileState>();
        if (full || !DirectoryReader.indexExists(dir)) {
            return new CommitState(dir, state);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedSetDocValues fileIds = leaf.reader().getSortedSetDocValues(ArticleSchema.FILE);
                SortedDocValues hashes = leaf.reader().getSortedDocValues(ArticleSchema.FILE_HASH);
                if (fileIds == null || hashes == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = fileIds.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = fileIds.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String file = fileIds.lookupOrd(fileIds.nextOrd()).utf8ToString();
                    String hash = hashes.advanceExact(doc)
                            ? hashes.lookupOrd(hashes.ordValue()).utf8ToString()
                            : "";
                    state.merge(file, new FileState(hash, 1), (a, b) -> new FileState(a.hash(), a.documents() + 1));
                }
            }
        }
        return new CommitState(dir, state);
    }

    @Override
    public Map<String, FileState> files() {
        return files;
    }

    @Override
    public Map<String, String> recordsOf(String fileId) throws IOException {
        var records = new HashMap<String, String>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            var searcher = new IndexSearcher(reader);
            var hits =
                    searcher.search(new TermQuery(new Term(ArticleSchema.FILE, fileId)), Math.max(1, reader.maxDoc()));
            var stored = searcher.storedFields();
            for (ScoreDoc hit : hits.scoreDocs) {
                var doc = stored.document(hit.doc, Set.of(ArticleSchema.ID, ArticleSchema.CONTENT_HASH));
                records.put(doc.get(ArticleSchema.ID), doc.get(ArticleSchema.CONTENT_HASH));
            }
        }
        return records;
    }
}
