package pl.lupa.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import pl.lupa.solrcloud.SolrCloudClient;
import pl.lupa.solrcloud.SolrCollections;

/**
 * A SolrCloud collection as a run's store: documents go in batches of {@value #BATCH} through the
 * update API, deletes by file as delete-by-query, and the run ends with a hard commit. Solr has no
 * rollback in cloud mode, so an incremental run's documents become searchable as Solr commits them;
 * {@code --full} is the atomic way (a new collection behind the alias, see {@link SolrIndexJob}).
 */
final class SolrArticleStore implements ArticleStore {

    static final int BATCH = 250;
    private static final int PAGE = 5_000;

    private final SolrCloudClient client;
    private final String collection;
    private List<Map<String, Object>> pending = new ArrayList<>();

    SolrArticleStore(SolrCloudClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    @Override
    public void replace(IndexedArticle article) throws IOException {
        add(article); // Solr replaces a document with the same id
    }

    @Override
    public void add(IndexedArticle article) throws IOException {
        List<Map<String, Object>> full = null;
        synchronized (this) {
            pending.add(SolrDocuments.of(article));
            if (pending.size() >= BATCH) {
                full = pending;
                pending = new ArrayList<>();
            }
        }
        if (full != null) {
            send(full);
        }
    }

    @Override
    public void deleteFile(String fileId) throws IOException {
        flush(); // a file's old documents go before its new ones arrive
        client.post(
                "/" + collection + "/update",
                Map.of("delete", Map.of("query", "{!term f=" + ArticleSchema.FILE + "}" + fileId)));
    }

    @Override
    public long commit(Map<String, String> data) throws IOException {
        flush();
        client.post("/" + collection + "/update", Map.of("commit", Map.of("waitSearcher", true)));
        return new SolrCollections(client).count(collection);
    }

    private void flush() throws IOException {
        List<Map<String, Object>> batch;
        synchronized (this) {
            batch = pending;
            pending = new ArrayList<>();
        }
        if (!batch.isEmpty()) {
            send(batch);
        }
    }

    private void send(List<Map<String, Object>> batch) throws IOException {
        client.post("/" + collection + "/update", batch);
    }

    /** What the collection holds, read with cursors over its doc values. */
    static final class SolrPrevious implements Previous {

        private final SolrCloudClient client;
        private final String collection;
        private final Map<String, FileState> files = new HashMap<>();

        /** Reads every document's file and hash; an empty state when {@code read} is false (a rebuild). */
        SolrPrevious(SolrCloudClient client, String collection, boolean read) throws IOException {
            this.client = client;
            this.collection = collection;
            if (read) {
                scan(
                        "*:*",
                        ArticleSchema.FILE + "," + ArticleSchema.FILE_HASH,
                        (id, doc) -> files.merge(
                                doc.path(ArticleSchema.FILE).asText(),
                                new FileState(doc.path(ArticleSchema.FILE_HASH).asText(""), 1),
                                (a, b) -> new FileState(a.hash(), a.documents() + 1)));
            }
        }

        @Override
        public Map<String, FileState> files() {
            return files;
        }

        @Override
        public Map<String, String> recordsOf(String fileId) throws IOException {
            var records = new HashMap<String, String>();
            scan(
                    "{!term f=" + ArticleSchema.FILE + "}" + fileId,
                    ArticleSchema.CONTENT_HASH,
                    (id, doc) ->
                            records.put(id, doc.path(ArticleSchema.CONTENT_HASH).asText("")));
            return records;
        }

        /** Every document a query matches, page by page with a cursor: id and the fields asked. */
        private void scan(String query, String fields, BiConsumer<String, JsonNode> each) throws IOException {
            String cursor = "*";
            while (true) {
                var params = new LinkedHashMap<String, String>();
                params.put("q", query);
                params.put("fl", ArticleSchema.ID + "," + fields);
                params.put("sort", ArticleSchema.ID + " asc");
                params.put("rows", String.valueOf(PAGE));
                params.put("cursorMark", cursor);
                params.put("wt", "json");
                JsonNode page = client.get("/" + collection + "/select", params);
                for (JsonNode doc : page.path("response").path("docs")) {
                    each.accept(doc.path(ArticleSchema.ID).asText(), doc);
                }
                String next = page.path("nextCursorMark").asText(cursor);
                if (next.equals(cursor)) {
                    return;
                }
                cursor = next;
            }
        }
    }

    /** The names discovery established in the collection's articles: the memory a run starts from. */
    static java.util.Set<String> establishedNames(SolrCloudClient client, String collection) throws IOException {
        var params = new LinkedHashMap<String, String>();
        params.put("q", "*:*");
        params.put("rows", "0");
        params.put("facet", "true");
        params.put("facet.field", ArticleSchema.COMPANY_DISCOVERED);
        params.put("facet.limit", "-1");
        params.put("facet.mincount", "1");
        params.put("json.nl", "arrarr");
        params.put("wt", "json");
        JsonNode values = client.get("/" + collection + "/select", params)
                .path("facet_counts")
                .path("facet_fields")
                .path(ArticleSchema.COMPANY_DISCOVERED);
        var evidence = new HashMap<String, Map<String, Integer>>();
        for (JsonNode pair : values) {
            DiscoveredCompanies.count(
                    evidence, pair.get(0).asText(), pair.get(1).asInt());
        }
        return DiscoveredCompanies.established(evidence);
    }
}
