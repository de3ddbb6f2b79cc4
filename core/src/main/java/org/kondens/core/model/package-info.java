/**
 * The STC domain as immutable records: what a project holds, in the method's own words.
 * Depends on nothing but the JDK. Every entity carries a UUID that is kept forever, so exports
 * (JSON, REFI-QDA) can be compared and re-imported.
 */
package org.kondens.core.model;
