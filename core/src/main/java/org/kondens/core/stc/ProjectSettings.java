package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.List;
import java.util.Objects;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.Language;
import org.kondens.core.model.QuestionWording;
import org.kondens.core.store.ProjectDatabase;

/**
 * The project's own fields: title, language, research question and sub-questions, guide, notes and
 * level names.
 */
final class ProjectSettings extends StcService {

    ProjectSettings(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    void setTitle(String title) {
        requireName(title, Problem.PROJECT_TITLE_MISSING, Term.PROJECT_TITLE);
        changeVoid("Set title", title.strip(), r -> r.setProjectField("title", title.strip()));
    }

    void setLanguage(Language language) {
        changeVoid("Set language", language.code(), r -> r.setProjectField("language", language.code()));
    }

    void setResearchQuestion(String question) {
        Names.checkText(question, Term.RESEARCH_QUESTION);
        String q = Objects.requireNonNullElse(question, "").strip();
        changeVoid("Set research question", q, r -> {
            String old = r.project().researchQuestion();
            if (!old.isEmpty() && !old.equals(q)) {
                r.addQuestionWording(new QuestionWording(db.clock().instant(), "research_question", old));
            }
            r.setProjectField("research_question", q);
        });
    }

    void setSubQuestions(List<String> questions) {
        questions.forEach(q -> Names.checkText(q, Term.SUB_QUESTION));
        List<String> qs = questions.stream().map(String::strip).filter(q -> !q.isEmpty()).toList();
        changeVoid("Set sub-questions", String.join(" | ", qs), r -> {
            List<String> old = r.project().subQuestions();
            if (!old.isEmpty() && !old.equals(qs)) {
                r.addQuestionWording(new QuestionWording(db.clock().instant(), "sub_questions", String.join("\n", old)));
            }
            r.setProjectField("sub_questions", String.join("\n", qs));
        });
    }

    void setInterviewGuide(String text) {
        Names.checkText(text, Term.INTERVIEW_GUIDE);
        changeVoid("Edit interview guide", "", r -> r.setProjectField("interview_guide", Objects.requireNonNullElse(text, "")));
    }

    void setProjectNotes(String text) {
        Names.checkText(text, Term.PROJECT_NOTES);
        changeVoid("Edit project notes", "", r -> r.setProjectField("notes", Objects.requireNonNullElse(text, "")));
    }

    void setLevelNames(String groupLevel, String subgroupLevel) {
        Names.checkName(groupLevel, Term.LEVEL_NAME);
        Names.checkName(subgroupLevel, Term.LEVEL_NAME);
        changeVoid("Set level names", groupLevel + " / " + subgroupLevel, r -> {
            r.setProjectField("group_level_name", blankToNull(groupLevel));
            r.setProjectField("subgroup_level_name", blankToNull(subgroupLevel));
        });
    }
}
