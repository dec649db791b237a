//! The red-flag questions, in plain words. Each has an id that the journal keeps, so the
//! wording can improve without changing what an old answer meant. The patient reads them
//! in their language ([`Question::asked`], [`Question::named`]); the English wording is
//! kept beside the id for what stays English (the report, for now).

use serde::Serialize;

/// What a "yes" calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// See a physiotherapist or doctor soon; exercise may go on.
    SeeSoon,
    /// Stop, do not exercise, and contact a doctor now.
    ContactNow,
}

/// One red-flag question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Kept in the journal; never changes.
    pub id: &'static str,
    /// The question in English, as `locales/en/safety.ftl` has it: "yes" is the answer
    /// that needs care.
    pub text: &'static str,
    /// A few English words that name it in a list ("You answered yes to: ...") and the report.
    pub short: &'static str,
    pub urgency: Urgency,
}

/// Every red-flag question, in the order they are asked: the urgent ones first.
pub const QUESTIONS: [Question; 7] = [
    Question {
        id: "numbness",
        text: "Do you have numbness or tingling in both legs, or in the saddle area (between \
               your legs, or the inside of your thighs)?",
        short: "numbness or tingling in both legs or the saddle area",
        urgency: Urgency::ContactNow,
    },
    Question {
        id: "bladder-bowel",
        text: "Have you had trouble controlling your bladder or bowel, or been unable to pass \
               urine?",
        short: "trouble controlling bladder or bowel",
        urgency: Urgency::ContactNow,
    },
    Question {
        id: "leg-weakness",
        text: "Is there weakness in your legs or feet that is getting worse?",
        short: "weakness in the legs or feet that is getting worse",
        urgency: Urgency::ContactNow,
    },
    Question {
        id: "fever-weight-loss",
        text: "Do you have back pain together with a fever (without having a cold), or with \
               weight loss you can't explain?",
        short: "back pain with a fever or weight loss you can't explain",
        urgency: Urgency::ContactNow,
    },
    Question {
        id: "accident",
        text: "Did this pain start after an accident or a fall?",
        short: "pain that started after an accident or a fall",
        urgency: Urgency::ContactNow,
    },
    Question {
        id: "cancer-osteoporosis",
        text: "Have you ever had cancer, or osteoporosis (thinning of the bones)?",
        short: "a history of cancer or osteoporosis",
        urgency: Urgency::ContactNow,
    },
    Question {
        id: "not-easing",
        text: "Have you had this pain for a couple of weeks or more, without it easing with \
               self-care?",
        short: "pain that has not eased with self-care after a couple of weeks",
        urgency: Urgency::SeeSoon,
    },
];

impl Question {
    /// The question in the patient's language.
    pub fn asked(&self) -> String {
        match self.id {
            "numbness" => t!("safety-numbness"),
            "bladder-bowel" => t!("safety-bladder-bowel"),
            "leg-weakness" => t!("safety-leg-weakness"),
            "fever-weight-loss" => t!("safety-fever-weight-loss"),
            "accident" => t!("safety-accident"),
            "cancer-osteoporosis" => t!("safety-cancer-osteoporosis"),
            "not-easing" => t!("safety-not-easing"),
            _ => self.text.to_string(),
        }
    }

    /// The few words that name it in a list, in the patient's language.
    pub fn named(&self) -> String {
        match self.id {
            "numbness" => t!("safety-numbness.short"),
            "bladder-bowel" => t!("safety-bladder-bowel.short"),
            "leg-weakness" => t!("safety-leg-weakness.short"),
            "fever-weight-loss" => t!("safety-fever-weight-loss.short"),
            "accident" => t!("safety-accident.short"),
            "cancer-osteoporosis" => t!("safety-cancer-osteoporosis.short"),
            "not-easing" => t!("safety-not-easing.short"),
            _ => self.short.to_string(),
        }
    }
}

/// The question with this id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::QUESTIONS;
    use crate::i18n::{Lang, use_language_here};

    /// The English kept beside each id (for the report) is what the screens say in English.
    #[test]
    fn the_english_beside_each_id_is_the_english_text() {
        let _english = use_language_here(Lang::En);
        for q in &QUESTIONS {
            assert_eq!(q.asked(), q.text, "{}", q.id);
            assert_eq!(q.named(), q.short, "{}", q.id);
        }
    }
}
