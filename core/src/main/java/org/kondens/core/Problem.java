package org.kondens.core;

import java.util.Locale;

/**
 * Every refusal and warning core gives a user, named after what went wrong. The sentences are in
 * {@code messages*.properties} under {@code problem.<NAME>}, in English, bokmål and nynorsk;
 * their arguments are file names, names, numbers and words ({@link Term}), each told in the
 * reader's language.
 */
public enum Problem {

    /** A sentence the app already wrote in its reader's language. */
    WORDED,

    // --- names and texts ------------------------------------------------------------------------
    PROJECT_TITLE_MISSING,
    THEME_NAME_MISSING,
    CODE_GROUP_NAME_MISSING,
    SUBGROUP_NAME_MISSING,
    INFORMANT_LABEL_MISSING,
    ROW_LABEL_MISSING,
    ATTRIBUTE_NAME_MISSING,
    SESSION_TITLE_MISSING,
    NOTE_TEXT_MISSING,
    QUOTE_TEXT_MISSING,
    NAME_TOO_LONG,
    NAME_HAS_CHARACTER,
    NAME_TAKEN,
    LABEL_TAKEN,
    COLOUR_INVALID,

    // --- finding things -------------------------------------------------------------------------
    LOOKUP_UNNAMED,
    LOOKUP_AMBIGUOUS,
    LOOKUP_NOT_FOUND,
    NO_SUCH,

    // --- the analysis ---------------------------------------------------------------------------
    MERGE_INTO_ITSELF,
    SPAN_OUTSIDE_TEXT,
    SPAN_CUTS_CHARACTER,
    NOTE_OUTSIDE_TEXT,
    SUBGROUP_IN_OTHER_GROUP,
    UNIT_TWICE_IN_GROUP,
    PASSAGE_ALREADY_UNIT,
    UNIT_NOT_IN_GROUP,
    QUOTE_UNIT_NOT_IN_GROUP,
    QUOTE_OUTSIDE_UNIT,
    QUOTED_TEXT_EMPTY,
    QUOTED_TEXT_ABSENT,
    QUOTED_TEXT_AMBIGUOUS,
    CONDENSATE_SOURCE_FOREIGN,
    TABLE_WITHOUT_INFORMANTS,
    TEXT_ALREADY_IMPORTED,
    INFORMANT_LABEL_BLANK,
    INFORMANTS_NOT_SPEAKERS,
    INFORMANT_GIVEN_TWICE,
    INFORMANTS_NOT_FILES,

    // --- undo and redo --------------------------------------------------------------------------
    UNDO_FAILED,
    REDO_FAILED,
    UNDO_STALE,
    REDO_STALE,

    // --- search ---------------------------------------------------------------------------------
    SEARCH_EMPTY,
    SEARCH_UNMATCHED_CLOSE,
    SEARCH_UNREADABLE_PART,
    SEARCH_TOO_LONG,
    SEARCH_TOO_LONG_WORDS,
    SEARCH_TOO_DEEP,
    SEARCH_TOO_MANY_NOTS,
    SEARCH_OPEN_QUOTE,
    SEARCH_BAD_DISTANCE,
    SEARCH_NEEDS_AFTER,
    SEARCH_NEEDS_BEFORE,
    SEARCH_ENDS_EARLY,
    SEARCH_EMPTY_BRACKETS,
    SEARCH_OPEN_BRACKET,
    SEARCH_SHORT_PREFIX,
    SEARCH_STAR_INSIDE,
    SEARCH_NOTHING,
    SEARCH_ONLY_NOT,
    INDEX_NOT_UPDATED,
    INDEX_UNREADABLE,
    INDEX_UNREADABLE_REBUILT,

    // --- the project file -----------------------------------------------------------------------
    FILE_EXISTS,
    COPY_TARGET_EXISTS,
    FOLDER_MISSING,
    CANNOT_CREATE,
    CANNOT_READ,
    CANNOT_OPEN,
    NO_PROJECT_AT,
    PROJECT_EMPTY,
    NOT_SQLITE,
    SQLITE_NOT_KONDENS,
    NO_SCHEMA_VERSION,
    NEWER_FILE_FORMAT,
    NOT_IMPORTED,
    COPY_FAILED,
    CHANGE_NOT_SAVED_READ_ONLY,
    ALREADY_OPEN,
    DISK_FULL,
    FILE_READ_ONLY,
    FILE_BUSY,
    DISK_FAILED,
    DAMAGED,
    BACKUP_UNUSABLE,
    RESTORE_FAILED,
    READ_ONLY_WARNING,
    NO_BACKUP_WARNING,
    CANNOT_SAVE,
    CANNOT_WRITE,

    // --- importing transcripts and tables -------------------------------------------------------
    IMPORT_CANCELLED,
    IMPORT_EMPTY_FILE,
    IMPORT_RTF,
    IMPORT_OLD_WORD,
    IMPORT_OLD_WORD_RENAMED,
    IMPORT_UNKNOWN_TYPE,
    IMPORT_NO_EXTENSION,
    IMPORT_TOO_LARGE,
    IMPORT_NOT_PDF,
    IMPORT_BINARY_AS_TEXT,
    IMPORT_PASSWORD,
    IMPORT_ODT_PASSWORD,
    IMPORT_PDF_PASSWORD,
    IMPORT_NOT_ZIP,
    IMPORT_FOLDER,
    IMPORT_NO_FILE,
    IMPORT_CANNOT_READ,
    IMPORT_NO_TEXT,
    IMPORT_BINARY,
    IMPORT_NO_DOCX_BODY,
    IMPORT_NOT_DOCX,
    IMPORT_NOT_ODT,
    IMPORT_PDF_DAMAGED,
    IMPORT_SCANNED,
    IMPORT_XML_ENTITIES,
    IMPORT_XML_DAMAGED,
    ZIP_DAMAGED,
    ZIP_CANNOT_READ,
    ZIP_TOO_MANY_ENTRIES,
    ZIP_PATH_OUTSIDE,
    ZIP_TWO_ENTRIES,
    ZIP_PART_TOO_LARGE,
    ZIP_PART_RATIO,
    ZIP_TOO_LARGE,
    ZIP_BROKEN,
    TABLE_TOO_LARGE,
    TABLE_NOT_CSV,
    TABLE_TOO_SHORT,
    TABLE_COLUMN_UNNAMED,
    TABLE_ROW_UNLABELLED,
    TABLE_ROW_TOO_LONG,
    TABLE_OPEN_QUOTE,

    NOTICE_NOT_IMPORTED,
    NOTICE_DRAWINGS,
    NOTICE_NESTED_TABLE,
    NOTICE_UTF16,
    NOTICE_WINDOWS_1252,
    NOTICE_PDF_LINES,

    // --- REFI-QDA and JSON projects -------------------------------------------------------------
    QDPX_NO_FILE,
    QDPX_NO_QDE,
    QDPX_NOT_PROJECT,
    QDPX_PATH_OUTSIDE,
    QDPX_SOURCE_MISSING,
    QDPX_XML_DTD,
    QDPX_XML_BROKEN,
    QDPX_XML_UNREADABLE,
    JSON_INVALID_AT,
    JSON_NOT_A_FILE,
    JSON_EMPTY,
    JSON_TOO_LARGE,
    JSON_WHITE_SPACE,
    JSON_TOO_DEEP,
    JSON_SYNTAX,
    JSON_SYNTAX_AT,
    JSON_NOT_KONDENS,
    JSON_NEWER,
    JSON_INVALID,

    // --- exports --------------------------------------------------------------------------------
    EXPORT_UNKNOWN_FORMAT,
    EXPORT_NO_GROUPS,
    EXPORT_NO_SUBGROUPS,
    EXPORT_TEMPLATE_TYPE,
    EXPORT_TEMPLATE_UNUSABLE,

    // --- the sample study -----------------------------------------------------------------------
    SAMPLE_CORPUS_TOO_SMALL,
    SAMPLE_CANNOT_WRITE,
    SAMPLE_CANNOT_READ,
    SAMPLE_UNKNOWN,
    SAMPLE_QUOTE_NOT_IN_UNIT;

    /** The bundle key of its sentence. */
    public String key() {
        return "problem." + name();
    }

    /** The sentence in {@code locale}'s language. */
    public String text(Locale locale, Object... args) {
        return Messages.text(key(), locale, args);
    }
}
