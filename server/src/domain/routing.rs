//! Routing: ordered rules send each new request to a team by kind, field category, language, region and
//! sensitivity; the first rule that matches wins, and a request no rule matches goes to the default team.

use amana_app::rights::RequestKind;

use crate::storage::requests::RoutingRuleRow;

/// What routing looks at.
pub struct RoutingFacts<'a> {
    pub kind: RequestKind,
    pub category: Option<&'a str>,
    pub locale: &'a str,
    pub region: Option<&'a str>,
    pub sensitive: bool,
}

/// The team for a request, or `default_team` when no rule matches.
pub fn route(rules: &[RoutingRuleRow], facts: &RoutingFacts<'_>, default_team: Option<i64>) -> Option<i64> {
    fn matches(rule: Option<&str>, value: Option<&str>) -> bool {
        rule.is_none_or(|wanted| value == Some(wanted))
    }
    rules
        .iter()
        .find(|rule| {
            rule.request_kind.0.is_none_or(|wanted| wanted == facts.kind)
                && matches(rule.category.as_deref(), facts.category)
                && matches(rule.locale.as_deref(), Some(facts.locale))
                && matches(rule.region.as_deref(), facts.region)
                && rule.sensitive.0.is_none_or(|s| s == facts.sensitive)
        })
        .map(|rule| rule.team_id)
        .or(default_team)
}

#[cfg(test)]
mod tests {
    use amana_app::vocabulary::Stored;

    use super::*;

    fn rule(kind: Option<RequestKind>, category: Option<&str>, team: i64) -> RoutingRuleRow {
        RoutingRuleRow {
            request_kind: Stored(kind),
            category: category.map(str::to_owned),
            locale: None,
            region: None,
            sensitive: crate::storage::OptionalFlag(None),
            team_id: team,
        }
    }

    #[test]
    fn first_matching_rule_wins_and_unmatched_goes_to_the_default() {
        let rules = [rule(Some(RequestKind::Complaint), None, 3), rule(None, Some("health"), 2)];
        let facts = |kind, category| RoutingFacts { kind, category, locale: "en", region: None, sensitive: false };
        assert_eq!(route(&rules, &facts(RequestKind::Complaint, Some("health")), Some(1)), Some(3));
        assert_eq!(route(&rules, &facts(RequestKind::Correction, Some("health")), Some(1)), Some(2));
        assert_eq!(route(&rules, &facts(RequestKind::Correction, Some("contact")), Some(1)), Some(1));
        assert_eq!(route(&rules, &facts(RequestKind::Erasure, None), Some(1)), Some(1));
    }
}
