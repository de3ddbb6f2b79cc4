package org.kondens.app.gui.meaningunits;

import org.kondens.core.model.MeaningUnit;

/**
 * A meaning unit as step 2's list shows it out of context: its words, and who said it where
 * (with the other groups it is in). A renamed informant or group changes the row, so the list
 * redraws exactly the rows that changed.
 */
public record UnitRow(MeaningUnit unit, String text, String meta) {
}
