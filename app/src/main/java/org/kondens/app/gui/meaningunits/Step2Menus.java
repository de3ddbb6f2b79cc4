package org.kondens.app.gui.meaningunits;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import org.kondens.core.model.CommentTarget;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.kondens.app.gui.common.CodeGroupChooser;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.reader.TranscriptReader;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;

/**
 * Step 2's menus (the reader's right-click, a unit's, a code group's, "From themes"): the view
 * model says what is offered, each item forwards to it.
 */
final class Step2Menus {

    /** What a menu item asks of the view itself (popups and focus). */
    interface Actions {
        void makeUnit();

        void rename(CodeGroup g, Node anchor);

        void recolor(Step2ViewModel.GroupRow row);

        void newGroup();

        void fromThemes();
    }

    private final Step2ViewModel vm;
    private final I18n t;
    private final Actions view;
    private int contextOffset = -1;

    Step2Menus(Step2ViewModel vm, I18n t, Actions view) {
        this.vm = vm;
        this.t = t;
        this.view = view;
    }

    /** The reader's right-click: make a unit of the selection; for each unit under the pointer, its own items. */
    void attachToReader(TranscriptReader reader) {
        ContextMenu menu = new ContextMenu(Menus.item("…"));
        reader.area().addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> contextOffset = reader.area().hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1));
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            MenuItem make = Menus.item(t.get("step2.makeUnit.menu"));
            make.setId("step2-menu-make-unit");
            make.setAccelerator(Shortcuts.MAKE_UNIT);
            make.setDisable(reader.selection().getLength() == 0);
            make.setOnAction(x -> view.makeUnit());
            menu.getItems().add(make);
            if (contextOffset < 0) {
                return;
            }
            for (MeaningUnit u : reader.unitsAt(contextOffset)) {
                MenuItem show = Menus.item(t.get("step2.reader.showInList", vm.shortText(u, 40)));
                show.setOnAction(x -> vm.showInList(u));
                UUID first = u.memberships().isEmpty() ? null : u.memberships().get(0).codeGroupId();
                menu.getItems().addAll(new SeparatorMenuItem(), show, moveMenu(u, first), deleteItem(u));
            }
        });
        reader.area().setContextMenu(menu);
    }

    /** A unit in the list, listed under {@code from} (null = Unsorted). */
    ContextMenu unitMenu(MeaningUnit u, UUID from) {
        MenuItem show = Menus.item(t.get("step2.unit.show"));
        show.setOnAction(e -> vm.reveal(u));
        Menu also = Menus.menu(t.get("step2.unit.alsoIn"));
        for (CodeGroup g : vm.alsoTargets(u)) {
            MenuItem to = Menus.item(g.workingName(), swatch(g));
            to.setOnAction(e -> vm.alsoPutIn(u.id(), g.id()));
            also.getItems().add(to);
        }
        also.setDisable(also.getItems().isEmpty());
        return new ContextMenu(show, moveMenu(u, from), also, new SeparatorMenuItem(), deleteItem(u), new SeparatorMenuItem(),
                vm.commenting().menuItem(CommentTarget.Kind.MEANING_UNIT, u.id()));
    }

    ContextMenu groupMenu(Step2ViewModel.GroupRow row, Node anchor) {
        MenuItem themes = Menus.item(t.get("step2.fromThemes.menu"));
        themes.setOnAction(e -> view.fromThemes());
        MenuItem add = Menus.item(t.get("step2.newGroup.menu"));
        add.setOnAction(e -> view.newGroup());
        CodeGroup g = row.group();
        if (g == null) {
            return new ContextMenu(add, themes);
        }
        MenuItem rename = Menus.item(t.get("step2.group.rename"));
        rename.setOnAction(e -> view.rename(g, anchor));
        MenuItem color = Menus.item(t.get("step2.group.recolor"));
        color.setOnAction(e -> view.recolor(row));
        Menu merge = Menus.menu(t.get("step2.group.mergeInto"));
        for (CodeGroup other : vm.mergeTargets(g)) {
            MenuItem into = Menus.item(other.workingName(), swatch(other));
            into.setOnAction(e -> vm.merge(g.id(), other.id()));
            merge.getItems().add(into);
        }
        merge.setDisable(merge.getItems().isEmpty());
        MenuItem delete = Menus.item(t.get("step2.group.delete"));
        delete.setOnAction(e -> vm.deleteGroup(g.id()));
        return new ContextMenu(rename, color, merge, new SeparatorMenuItem(), delete, new SeparatorMenuItem(), add, themes,
                new SeparatorMenuItem(), vm.commenting().menuItem(CommentTarget.Kind.CODE_GROUP, g.id()));
    }

    /** "From themes": a tick box per preliminary theme (those named like a group already are greyed out). */
    void fillThemes(MenuButton button) {
        button.getItems().clear();
        List<Step2ViewModel.ThemeOffer> offers = vm.themeOffers();
        if (offers.isEmpty()) {
            MenuItem none = Menus.item(t.get("step2.fromThemes.none"));
            none.setDisable(true);
            button.getItems().add(none);
            return;
        }
        List<CheckBox> boxes = new ArrayList<>();
        for (Step2ViewModel.ThemeOffer offer : offers) {
            CheckBox box = new CheckBox(offer.used() ? t.get("step2.fromThemes.used", offer.name()) : offer.name());
            box.setUserData(offer.themeId());
            box.setDisable(!offer.free());
            boxes.add(box);
            CustomMenuItem item = new CustomMenuItem(box);
            item.setHideOnClick(false);
            button.getItems().add(item);
        }
        MenuItem make = Menus.item(t.get("step2.fromThemes.make"));
        make.setId("step2-from-themes-make");
        make.setOnAction(e -> vm.groupsFromThemes(boxes.stream().filter(CheckBox::isSelected).map(b -> (UUID) b.getUserData()).toList()));
        button.getItems().addAll(new SeparatorMenuItem(), make);
    }

    private Menu moveMenu(MeaningUnit u, UUID from) {
        Menu move = Menus.menu(t.get("step2.unit.moveTo"));
        for (CodeGroup g : vm.moveTargets(from)) {
            MenuItem to = Menus.item(g.workingName(), swatch(g));
            to.setOnAction(e -> vm.moveUnit(u.id(), from, g.id()));
            move.getItems().add(to);
        }
        if (from != null) {
            MenuItem out = Menus.item(t.get("step2.unit.toUnsorted"));
            out.setOnAction(e -> vm.moveUnit(u.id(), from, null));
            move.getItems().addAll(new SeparatorMenuItem(), out);
        }
        return move;
    }

    private MenuItem deleteItem(MeaningUnit u) {
        MenuItem delete = Menus.item(t.get("step2.unit.delete"));
        delete.setOnAction(e -> vm.deleteUnit(u.id()));
        return delete;
    }

    private static Node swatch(CodeGroup g) {
        return CodeGroupChooser.swatch(g.color());
    }
}
