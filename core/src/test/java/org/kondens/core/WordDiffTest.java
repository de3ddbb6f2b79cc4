package org.kondens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kondens.core.WordDiff.Kind;
import org.kondens.core.WordDiff.Piece;

/** A suggested edit reads as a difference of words: what stays, what goes, what comes. */
class WordDiffTest {

    @Test
    void aChangedWordIsOutAndInWithTheRestKept() {
        assertEquals(List.of(new Piece(Kind.SAME, "Jeg ble "), new Piece(Kind.DELETED, "sett "), new Piece(Kind.INSERTED, "møtt "),
                new Piece(Kind.SAME, "som et menneske.")), WordDiff.of("Jeg ble sett som et menneske.", "Jeg ble møtt som et menneske."));
    }

    @Test
    void addedAndRemovedWordsAndTheWholeTextReadBack() {
        String before = "Vi måtte vente lenge, og ingen sa noe.";
        String after = "Vi måtte vente, og ingen sa noe til oss.";
        List<Piece> diff = WordDiff.of(before, after);
        StringBuilder old = new StringBuilder();
        StringBuilder now = new StringBuilder();
        for (Piece p : diff) {
            if (p.kind() != Kind.INSERTED) {
                old.append(p.text());
            }
            if (p.kind() != Kind.DELETED) {
                now.append(p.text());
            }
        }
        assertEquals(before, old.toString(), "the struck and kept words read as the text before");
        assertEquals(after, now.toString(), "the kept and inserted words read as the suggestion");
        assertEquals(new Piece(Kind.DELETED, "vente lenge, "), diff.get(1), "words taken out");
        assertEquals(Kind.INSERTED, diff.getLast().kind(), "words put in at the end");
    }

    @Test
    void anEmptyTextIsAllInsertedOrAllDeleted() {
        assertEquals(List.of(new Piece(Kind.INSERTED, "Ny tekst.")), WordDiff.of("", "Ny tekst."));
        assertEquals(List.of(new Piece(Kind.DELETED, "Borte.")), WordDiff.of("Borte.", ""));
        assertEquals(List.of(), WordDiff.of("", ""));
    }
}
