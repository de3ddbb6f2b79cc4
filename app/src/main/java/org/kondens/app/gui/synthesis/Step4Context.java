package org.kondens.app.gui.synthesis;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kondens.core.stc.UnitInContext;

/**
 * Recontextualisation shown: a meaning unit inside its surrounding speaker turns (read on the
 * project thread, {@link UnitInContext}), with the unit's words emphasised.
 */
final class Step4Context {

    private Step4Context() {
    }

    static Node flow(UnitInContext c) {
        TextFlow flow = new TextFlow();
        flow.setLineSpacing(2);
        Text a = new Text(c.before());
        a.getStyleClass().add(Styles.TEXT_MUTED);
        Text unit = new Text(c.words());
        unit.getStyleClass().add("context-unit");
        unit.getStyleClass().add("unit-text");
        Text b = new Text(c.after());
        b.getStyleClass().add(Styles.TEXT_MUTED);
        flow.getChildren().addAll(a, unit, b);
        flow.setAccessibleText(c.all());
        return flow;
    }
}
