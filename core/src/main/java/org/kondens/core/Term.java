package org.kondens.core;

import java.util.Locale;

/**
 * A word or phrase core puts inside its sentences ("a code group", "a line break"), so that a
 * Norwegian sentence is Norwegian throughout. Texts under {@code term.<NAME>}; a term may have
 * the forms {@code .one} ("a code group") and {@code .many} ("code groups"), and arguments.
 */
public enum Term implements Localizable {

    // --- things of the analysis (bare, .one, .many; those Lookup finds also .none) ------------------------------------------
    TRANSCRIPT,
    PRELIMINARY_THEME,
    CODE_GROUP,
    SUBGROUP,
    SUBGROUP_IN,
    SUBGROUP_OF,
    SUBGROUP_HERE,
    MEANING_UNIT,
    INFORMANT,
    QUOTE,
    NOTE,
    COMMENT,
    SUGGESTION,

    // --- what a name or text is, at the start of a sentence --------------------------------------
    PROJECT_TITLE,
    THEME_NAME,
    THEME_DESCRIPTION,
    CODE_GROUP_NAME,
    CODE_GROUP_DESCRIPTION,
    SUBGROUP_NAME,
    FINAL_NAME,
    LEVEL_NAME,
    INFORMANT_LABEL,
    ATTRIBUTE_NAME,
    ATTRIBUTE_VALUE,
    SESSION_TITLE,
    A_NOTE,
    A_COMMENT,
    A_QUOTE,
    QUOTE_LABEL,
    A_CONDENSATE,
    AN_ANALYTIC_TEXT,
    RESEARCH_QUESTION,
    SUB_QUESTION,
    INTERVIEW_GUIDE,
    PROJECT_NOTES,

    // --- characters a name cannot hold ----------------------------------------------------------
    DIRECTION_CHARACTER,
    NUL_CHARACTER,
    LINE_BREAK,
    TAB,
    CONTROL_CHARACTER,

    // --- why a file cannot be used (lower case, no full stop) ------------------------------------
    DISK_FULL,
    PROJECT_READ_ONLY,
    PROJECT_DAMAGED,
    PROJECT_CANNOT_OPEN,
    DISK_FAILED,
    PROJECT_OPEN_ELSEWHERE,
    PERMISSION_DENIED,
    PERMISSION_DENIED_IN,
    NO_SUCH_FILE,
    FOLDER_DOES_NOT_EXIST,
    DISK_READ_ONLY,
    IS_A_FOLDER,
    THAT_IS_A_FOLDER,
    OPEN_IN_OTHER_PROGRAM,
    FILE_WRITE_PROTECTED,
    FOLDER_WRITE_PROTECTED,
    LOCK_NOT_WRITABLE,
    OPENED_TO_READ,
    IT_IS_DAMAGED,
    SQLITE_CHECK,
    SQLITE_ERROR,
    RESTORE_HINT,
    NO_GOOD_BACKUP,

    // --- why a file is not saved there ----------------------------------------------------------
    SAVE_AS_PROJECT_TYPE,
    SAVE_OVER_READ_ONLY,
    SAVE_OVER_OPEN_PROJECT,
    SAVE_OVER_EXISTING,
    SAVE_ONTO_FOLDER,
    SAVE_IN_BACKUPS,
    SAVE_OVER_SIDE_FILE,
    SAVE_UNDER_FILE,
    SAVE_OVER_DATABASE,

    // --- parts of a document left out on import ----------------------------------------------
    PART_HEADERS,
    PART_FOOTERS,
    PART_HEADERS_FOOTERS,
    PART_COMMENTS,
    PART_FOOTNOTES,

    // --- a REFI-QDA import report -----------------------------------------------------------------
    CODED_PARTS,
    SYNCHRONISED_TRANSCRIPTS,
    NOT_CARRIED_COUNT,
    REPORT_NOTICE,
    REPORT_NOT_CARRIED,
    COUNTING_CODE_POINTS,
    COUNTING_UTF16_UNITS,
    COUNTING_CODE_POINTS_CRLF_AS_ONE,
    COUNTING_UTF16_UNITS_CRLF_AS_ONE,
    COUNTING_AS_STANDARD,
    COUNTING_AS_TOOL,
    COUNTING_AS_SELECTIONS_SHOW,
    COUNTING_INSTEAD,
    GUID_FIRST,
    GUID_SECOND,

    // --- kinds of file ---------------------------------------------------------------------------
    WORD_DOCUMENT,
    WORD_DOCUMENT_DOCX,
    ODT_DOCUMENT,
    ODT_DOCUMENT_ODT,
    QDPX_PROJECT,

    // --- the sample study's kinds ---------------------------------------------------------------
    SAMPLE_THEME,
    SAMPLE_TRANSCRIPT_FILE,
    SAMPLE_CODE_GROUP,
    SAMPLE_SUBGROUP;

    public String key() {
        return "term." + name();
    }

    @Override
    public String text(Locale locale) {
        return Messages.text(key(), locale);
    }

    /** The term with its arguments ("subgroup in 'Trygghet'"), in any of its forms. */
    public Word of(Object... args) {
        return new Word(this, args.clone());
    }

    /** "a code group" (with its arguments, if it has any). */
    public Localizable one(Object... args) {
        return of(args).one();
    }

    /** "code groups". */
    public Localizable many(Object... args) {
        return of(args).many();
    }

    /** "headers, footers, comments": terms joined with commas in the reader's language. */
    public static Localizable list(java.util.List<Term> terms) {
        java.util.List<Term> copy = java.util.List.copyOf(terms);
        return l -> String.join(", ", copy.stream().map(t -> t.text(l)).toList());
    }

    /** A term with its arguments: bare ({@link #text}), {@link #one()} or {@link #many()}. */
    public record Word(Term term, Object[] args) implements Localizable {

        @Override
        public String text(Locale locale) {
            return Messages.text(term.key(), locale, args);
        }

        public Localizable one() {
            return l -> Messages.text(term.key() + ".one", l, args);
        }

        public Localizable many() {
            return l -> Messages.text(term.key() + ".many", l, args);
        }

        /** "No code group" (the start of "No code group named …", plural in Norwegian). */
        public Localizable none() {
            return l -> Messages.text(term.key() + ".none", l, args);
        }
    }
}
