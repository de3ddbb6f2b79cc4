package org.kondens.core.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/**
 * How a passage (speaker turn) is laid out as one Lucene document: the fields written when a
 * transcript is indexed and read back when a search runs. Terms carry their character offsets,
 * so every hit maps back to exact characters of the stored transcript text.
 */
final class PassageFields {

    static final String TID = "tid";
    static final String WHO = "who";
    static final String ROLE = "role";
    static final String START = "start";
    static final String END = "end";
    static final String ORDER = "order";
    private static final FieldType TEXT = textType();

    private PassageFields() {
    }

    /** The documents of one transcript's passages; {@code order} is the transcript's place in the project. */
    static List<Document> of(Transcript t, ProjectSnapshot snapshot, int order) {
        String tid = t.id().toString();
        List<Document> docs = new ArrayList<>();
        String whole = t.text(); // read once: a stored transcript's text comes from the project
        for (Passage p : Passage.of(t, snapshot.turns().getOrDefault(t.id(), List.of()))) {
            String text = whole.substring(p.start(), p.end());
            String who = p.informantId() != null ? p.informantId().toString() : p.speaker() != null ? "speaker:" + p.speaker() : "";
            Document d = new Document();
            d.add(new StringField(TID, tid, Field.Store.NO));
            d.add(new SortedDocValuesField(TID, new BytesRef(tid)));
            d.add(new StringField(WHO, who, Field.Store.NO));
            d.add(new SortedDocValuesField(WHO, new BytesRef(who)));
            d.add(new StringField(ROLE, p.role() == null ? "NONE" : p.role().name(), Field.Store.NO));
            d.add(new NumericDocValuesField(START, p.start()));
            d.add(new NumericDocValuesField(END, p.end()));
            d.add(new NumericDocValuesField(ORDER, ((long) order << 32) | p.start()));
            d.add(new Field(TextAnalysis.STEMMED, text, TEXT));
            d.add(new Field(TextAnalysis.EXACT, text, TEXT));
            docs.add(d);
        }
        return docs;
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
