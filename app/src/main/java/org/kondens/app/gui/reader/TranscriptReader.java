package org.kondens.app.gui.reader;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Lines;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.reactfx.util.Tuple2;
import org.reactfx.util.Tuples;

/**
 * The transcript reader of steps 1 and 2: the stored text exactly as it is (every offset on the
 * screen is the offset in {@link Transcript#text()}), read-only and virtualised, with speaker
 * turns set apart, meaning units in their code group's colour and a tooltip naming a unit's
 * groups. It follows {@code wb.transcript}; a reader made with {@code followReveal} also shows
 * {@code wb.reveal} in context (switching transcript, scrolling to and selecting the span).
 * Styles are applied as runs from {@link ReaderStyles}; after a change only the runs that differ
 * are replaced, so 300,000 characters with thousands of units stay smooth.
 */
public final class TranscriptReader {

    private final Workbench wb;
    private final I18n t;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final Label empty = new Label();
    private final StackPane node;
    private final Tooltip tip = new Tooltip();
    private final boolean showUnits;

    private UUID shownId;
    private String shownText;
    private Lines lines = new Lines(new int[] {0});
    private StyleSpans<String> shownSpans;
    private List<MeaningUnit> shownUnits = List.of();
    private ProjectSnapshot shownSnapshot;
    private boolean dirty = true;
    private UUID emphasis;
    private List<Integer> markAnchors = List.of();
    private Span pendingReveal;
    private boolean userPlacedCaret;

    /**
     * @param showUnits    whether meaning units are highlighted (step 2) or the text is shown plain (step 1)
     * @param followReveal whether this reader answers {@code wb.reveal}
     */
    public TranscriptReader(Workbench wb, boolean showUnits, boolean followReveal) {
        this.wb = wb;
        this.t = wb.text();
        this.showUnits = showUnits;
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setId("transcript-reader");
        area.setAccessibleText(t.get("step2.reader.accessible"));
        area.setPadding(new Insets(10, 18, 24, 18));
        area.getStyleClass().add("transcript-reader");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.setPadding(new Insets(24));
        scroll.getStyleClass().add("reader-scroll");
        node = new StackPane(scroll, empty);
        node.setMinWidth(240);

        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> hover(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            tip.hide();
            userPlacedCaret = true;
        });
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> userPlacedCaret = true);

        wb.snapshotProperty().addListener((o, a, s) -> render());
        wb.transcript.addListener((o, a, id) -> render());
        if (followReveal) {
            wb.reveal.addListener((o, a, span) -> {
                if (span != null) {
                    reveal(span);
                }
            });
        }
        // A reader not on screen is brought up to date when it is shown, not on every change.
        node.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && dirty) {
                render();
            }
        });
        render();
        // A view built because something asked to show a passage still shows it.
        if (followReveal && wb.reveal.get() != null) {
            reveal(wb.reveal.get());
        }
    }

    public Node node() {
        return node;
    }

    /** The text area itself, for key handlers and context menus of the view that holds the reader. */
    public InlineCssTextArea area() {
        return area;
    }

    /** The transcript shown, or null. */
    public UUID transcriptId() {
        return shownId;
    }

    /** The current selection as (start, end) offsets in the transcript's text. */
    public IndexRange selection() {
        return area.getSelection();
    }

    public ObservableValue<IndexRange> selectionProperty() {
        return area.selectionProperty();
    }

    /** The selection as a span of the shown transcript, or null when nothing is selected. */
    public Span selectedSpan() {
        IndexRange r = area.getSelection();
        return shownId == null || r.getLength() == 0 ? null : new Span(shownId, r.getStart(), r.getEnd());
    }

    /** The caret's offset in the transcript; null if the user has not placed it since the transcript was shown. */
    public Integer caret() {
        return shownId == null || !userPlacedCaret ? null : area.getCaretPosition();
    }

    /** Selects [start, end) of the shown transcript and scrolls it into the middle of the view. */
    public void select(int start, int end) {
        int len = area.getLength();
        int s = Math.max(0, Math.min(start, len));
        int e = Math.max(s, Math.min(end, len));
        area.selectRange(s, e);
        userPlacedCaret = true;
        int paragraph = lines.indexOf(s);
        Platform.runLater(() -> {
            if (paragraph < area.getParagraphs().size()) {
                area.showParagraphAtCenter(paragraph);
            }
        });
    }

    /** Shows a span in context: switches transcript if needed, scrolls to it and selects it. */
    public void reveal(Span span) {
        if (!span.transcriptId().equals(wb.transcript.get())) {
            pendingReveal = span;
            wb.transcript.set(span.transcriptId());
            return;
        }
        if (dirty || !span.transcriptId().equals(shownId)) {
            pendingReveal = span;
            render();
            return;
        }
        select(span.start(), span.end());
    }

    /** Brings the units of one code group forward (the others fade); null shows all alike. */
    public void setEmphasis(UUID codeGroupId) {
        if (!Objects.equals(emphasis, codeGroupId)) {
            emphasis = codeGroupId;
            restyle();
        }
    }

    /** Offsets to frame in the text (note anchors): each mark covers the word that starts there. */
    public void setMarks(List<Integer> anchors) {
        List<Integer> next = anchors.stream().filter(Objects::nonNull).toList();
        if (!next.equals(markAnchors)) {
            markAnchors = next;
            restyle();
        }
    }

    private List<int[]> marks() {
        List<int[]> out = new ArrayList<>();
        String text = shownText == null ? "" : shownText;
        for (int anchor : markAnchors) {
            int a = anchor;
            if (a < 0 || a >= text.length()) {
                continue;
            }
            while (a < text.length() - 1 && Character.isWhitespace(text.charAt(a)) && text.charAt(a) != '\n') {
                a++;
            }
            int e = a;
            while (e < text.length() && e - a < 40 && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            out.add(new int[] {a, Math.max(e, a + 1)});
        }
        return out;
    }

    /** The meaning units of the shown transcript that cover {@code offset}. */
    public List<MeaningUnit> unitsAt(int offset) {
        return shownUnits.stream().filter(u -> u.start() <= offset && offset < u.end()).toList();
    }

    /** The 1-based line of an offset in the shown transcript. */
    public int lineOf(int offset) {
        return lines.indexOf(offset) + 1;
    }

    // ---- rendering

    private void render() {
        if (node.getScene() == null && shownSnapshot != null) {
            dirty = true;
            return;
        }
        render(wb.snapshot(), wb.transcript.get());
    }

    /** Shows transcript {@code id} of snapshot {@code s} (the workbench's, or a test's). */
    public void render(ProjectSnapshot s, UUID id) {
        dirty = false;
        Transcript tr = s == null || id == null ? null : s.transcript(id).orElse(null);
        shownSnapshot = s;
        if (tr == null) {
            shownId = null;
            shownText = null;
            shownSpans = null;
            shownUnits = List.of();
            lines = new Lines(new int[] {0});
            area.clear();
            empty.setText(s == null ? t.get("step2.reader.noProject") : t.get("step2.reader.noTranscript"));
            empty.setVisible(true);
            scroll.setVisible(false);
            return;
        }
        if (!tr.textAtHand()) {
            // A snapshot carries no texts: this one comes from disk on the project thread.
            empty.setText(t.get("step2.reader.loading"));
            empty.setVisible(true);
            scroll.setVisible(false);
            wb.bringText(tr.id()).thenRun(() -> {
                if (s == wb.snapshot() && tr.id().equals(wb.transcript.get()) && tr.textAtHand()) {
                    render(s, tr.id());
                }
            });
            return;
        }
        empty.setVisible(false);
        scroll.setVisible(true);
        shownUnits = showUnits ? s.meaningUnits().stream().filter(u -> u.transcriptId().equals(tr.id())).toList() : List.of();
        if (!tr.id().equals(shownId)) { // a transcript's text never changes
            load(tr, s);
        } else {
            restyle();
        }
        Span wanted = pendingReveal;
        if (wanted != null && wanted.transcriptId().equals(shownId)) {
            pendingReveal = null;
            select(wanted.start(), wanted.end());
        }
    }

    private ReaderStyles.Input input() {
        ProjectSnapshot s = shownSnapshot;
        Map<UUID, CodeGroup> groups = new HashMap<>();
        s.codeGroups().forEach(g -> groups.put(g.id(), g));
        List<SpeakerTurn> turns = s.turns().getOrDefault(shownId, List.of());
        return new ReaderStyles.Input(shownText, turns, shownUnits, groups, emphasis, marks());
    }

    /** A new transcript: one document built with its paragraph and text styles in one go. */
    private void load(Transcript tr, ProjectSnapshot s) {
        shownId = tr.id();
        shownText = tr.text();
        userPlacedCaret = false;
        lines = Lines.of(shownText);
        StyleSpans<String> spans = ReaderStyles.compute(input());
        boolean[] turnStart = new boolean[lines.starts().length];
        for (SpeakerTurn turn : s.turns().getOrDefault(shownId, List.of())) {
            int line = lines.indexOf(Math.min(turn.start(), shownText.length()));
            if (line > 0) {
                turnStart[line] = true;
            }
        }
        List<Tuple2<String, List<String>>> paragraphs = new ArrayList<>(lines.starts().length);
        for (int i = 0; i < lines.starts().length; i++) {
            int from = lines.starts()[i];
            int to = i + 1 < lines.starts().length ? lines.starts()[i + 1] - 1 : shownText.length();
            paragraphs.add(Tuples.t(turnStart[i] ? ReaderStyles.TURN_PARAGRAPH : "", List.of(shownText.substring(from, to))));
        }
        // The builder counts characters without the line breaks; the runs are laid on afterwards.
        ReadOnlyStyledDocument<String, String, String> doc = new ReadOnlyStyledDocumentBuilder<String, String, String>(
                area.getSegOps(), "").addParagraphs0(paragraphs,
                        StyleSpans.singleton(ReaderStyles.BASE, shownText.length() - (lines.starts().length - 1))).build();
        area.replace(0, area.getLength(), doc);
        area.setStyleSpans(0, spans);
        shownSpans = spans;
        area.moveTo(0);
        area.requestFollowCaret();
        Platform.runLater(() -> {
            if (!area.getParagraphs().isEmpty()) {
                area.showParagraphAtTop(0);
            }
        });
    }

    /** Same text, new highlights: only the runs between the first and last difference are replaced. */
    private void restyle() {
        if (shownId == null || shownSnapshot == null) {
            return;
        }
        StyleSpans<String> next = ReaderStyles.compute(input());
        if (shownSpans == null) {
            area.setStyleSpans(0, next);
            shownSpans = next;
            return;
        }
        int[] range = changedRange(shownSpans, next);
        if (range != null) {
            area.setStyleSpans(range[0], next.subView(range[0], range[1]));
        }
        shownSpans = next;
    }

    /** The [from, to) character range where two run lists over the same text differ, or null. */
    static int[] changedRange(StyleSpans<String> a, StyleSpans<String> b) {
        int n = Math.min(a.getSpanCount(), b.getSpanCount());
        int prefix = 0;
        int from = 0;
        while (prefix < n && a.getStyleSpan(prefix).equals(b.getStyleSpan(prefix))) {
            from += a.getStyleSpan(prefix).getLength();
            prefix++;
        }
        if (prefix == a.getSpanCount() && prefix == b.getSpanCount()) {
            return null;
        }
        int to = b.length();
        int ia = a.getSpanCount() - 1;
        int ib = b.getSpanCount() - 1;
        while (ia >= prefix && ib >= prefix) {
            StyleSpan<String> x = a.getStyleSpan(ia);
            StyleSpan<String> y = b.getStyleSpan(ib);
            if (!x.equals(y)) {
                break;
            }
            to -= y.getLength();
            ia--;
            ib--;
        }
        return to > from ? new int[] {from, to} : null;
    }

    // ---- tooltip

    private void hover(int index, Point2D screen) {
        List<MeaningUnit> here = unitsAt(index);
        if (here.isEmpty() || shownSnapshot == null) {
            return;
        }
        tip.setGraphic(describe(shownSnapshot, here, t, g -> g));
        tip.setText(null);
        tip.show(area, screen.getX() + 12, screen.getY() + 18);
    }

    /** A small card per unit: its code groups (with colour), subgroup, informant and length. */
    static Node describe(ProjectSnapshot s, List<MeaningUnit> units, I18n t, Function<Node, Node> wrap) {
        VBox box = new VBox(6);
        Map<UUID, Subgroup> subgroups = new HashMap<>();
        s.subgroups().forEach(x -> subgroups.put(x.id(), x));
        for (MeaningUnit u : units) {
            VBox card = new VBox(2);
            if (u.memberships().isEmpty()) {
                card.getChildren().add(row(Color.GRAY, t.get("step2.reader.unsorted")));
            }
            for (Membership m : u.memberships()) {
                CodeGroup g = s.codeGroups().stream().filter(x -> x.id().equals(m.codeGroupId())).findFirst().orElse(null);
                if (g == null) {
                    continue;
                }
                Subgroup sub = m.subgroupId() == null ? null : subgroups.get(m.subgroupId());
                String text = sub == null ? g.workingName() : t.get("step2.reader.groupAndSubgroup", g.workingName(), sub.name());
                card.getChildren().add(row(color(g.color()), text));
            }
            String who = u.informantId() == null ? "" : s.informant(u.informantId()).map(Informant::label).orElse("");
            Label meta = new Label(who.isEmpty() ? t.get("step2.reader.unitMeta", u.end() - u.start())
                    : t.get("step2.reader.unitMetaWho", who, u.end() - u.start()));
            meta.getStyleClass().add("reader-meta");
            card.getChildren().add(meta);
            if (!u.note().isBlank()) {
                Label note = new Label(u.note());
                note.setWrapText(true);
                note.setMaxWidth(320);
                note.getStyleClass().add(Styles.TEXT_ITALIC);
                card.getChildren().add(note);
            }
            box.getChildren().add(card);
        }
        return wrap.apply(box);
    }

    private static Node row(Color c, String text) {
        Rectangle swatch = new Rectangle(10, 10, c);
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        HBox h = new HBox(6, swatch, l);
        h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return h;
    }

    public static Color color(String hex) {
        try {
            return Color.web(hex);
        } catch (RuntimeException e) {
            return Color.GRAY;
        }
    }
}
