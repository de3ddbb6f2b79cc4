package org.kondens.core.stc;

/**
 * One random edit: an operation and the numbers and text it takes its targets and values from.
 * A number picks a target by index (modulo how many there are when the edit runs), so every
 * edit fits any project and a shrunk sequence still reads as what it did.
 */
record Edit(Op op, int a, int b, int c, int d, String text) {

    @Override
    public String toString() {
        return op.name() + "(" + a + ", " + b + ", " + c + ", " + d + ", \""
                + text.replace("\r", "\\r").replace("\n", "\\n") + "\")";
    }
}
