/**
 * Reading transcript files into {@link org.kondens.core.importer.ImportedTranscript}: text
 * normalised once (the offsets of the whole analysis refer to the result) and speaker turns.
 * One class per format.
 */
package org.kondens.core.importer;
