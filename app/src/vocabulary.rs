//! The one way a closed vocabulary (role, request kind, status, outcome, actor, scope, …) is declared: an enum
//! whose every variant has one key. The key is what the database stores, what forms post, what sessions and
//! sealed mail keep, and the suffix of its Fluent ids; nothing else spells it. And the one way an id newtype
//! (`PersonId`, `StaffId`, `HelperId`) is declared.

/// Declares a vocabulary enum with `ALL`, `key`, `from_key`, decoding from a stored string
/// (`#[sqlx(try_from = "String")]`) and serde as the key (or, where JSON has always used them, as the variant
/// names).
macro_rules! vocabulary {
    // The person's export and other JSON spell these as the variant's name (`Erasure`), as they always have.
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal, serde = variant names) {
            $( $(#[$variant_meta:meta])* $variant:ident = $key:literal ),+ $(,)?
        }
    ) => {
        crate::vocabulary::vocabulary!(@enum $(#[$meta])* $name $what { $( $(#[$variant_meta])* $variant = $key ),+ });
        crate::vocabulary::vocabulary!(@serde $name $what { $( $variant = stringify!($variant) ),+ });
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal) {
            $( $(#[$variant_meta:meta])* $variant:ident = $key:literal ),+ $(,)?
        }
    ) => {
        crate::vocabulary::vocabulary!(@enum $(#[$meta])* $name $what { $( $(#[$variant_meta])* $variant = $key ),+ });
        crate::vocabulary::vocabulary!(@serde $name $what { $( $variant = $key ),+ });
    };
    (@enum $(#[$meta:meta])* $name:ident $what:literal {
        $( $(#[$variant_meta:meta])* $variant:ident = $key:literal ),+
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$variant_meta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// The one spelling of this value.
            pub const fn key(self) -> &'static str {
                match self {
                    $( $name::$variant => $key ),+
                }
            }

            /// The value spelt `key`, if there is one.
            pub fn from_key(key: &str) -> Option<$name> {
                match key {
                    $( $key => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        /// Decoding a stored value: a string that is none of the keys is refused.
        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(key: String) -> Result<Self, Self::Error> {
                $name::from_key(&key).ok_or_else(|| format!(concat!("unknown ", $what, " {:?}"), key))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.key())
            }
        }

    };
    (@serde $name:ident $what:literal { $( $variant:ident = $wire:expr ),+ }) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(match self {
                    $( $name::$variant => $wire ),+
                })
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let wire = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                $( if wire == $wire { return Ok($name::$variant); } )+
                Err(serde::de::Error::custom(format!(concat!("unknown ", $what, " {:?}"), wire)))
            }
        }
    };
}

pub(crate) use vocabulary;

/// Declares an id newtype: the number a table keys a row by, typed so one kind of id cannot be passed for
/// another across a module boundary. Serialised as the bare number.
macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

pub(crate) use id_type;

/// A column that may be empty and holds a vocabulary key when it is not (`decision_outcome`): decoded with
/// `#[sqlx(try_from = "Option<String>")]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stored<T>(pub Option<T>);

impl<T: TryFrom<String, Error = String>> TryFrom<Option<String>> for Stored<T> {
    type Error = String;
    fn try_from(key: Option<String>) -> Result<Self, Self::Error> {
        key.map(T::try_from).transpose().map(Stored)
    }
}

#[cfg(test)]
mod tests {
    use crate::rights::{Outcome, RequestStatus};

    #[test]
    fn every_key_reads_back_as_its_value_and_nothing_else_does() {
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::from_key(outcome.key()), Some(outcome));
            assert_eq!(serde_json::to_string(&outcome).unwrap(), format!("\"{}\"", outcome.key()));
            assert_eq!(serde_json::from_str::<Outcome>(&format!("\"{}\"", outcome.key())).unwrap(), outcome);
        }
        assert_eq!(RequestStatus::from_key("In_Review"), None);
        assert!(RequestStatus::try_from("closed".to_owned()).unwrap_err().contains("closed"));
        assert!(serde_json::from_str::<Outcome>("\"granted\"").is_err());
    }

    #[test]
    fn a_vocabulary_json_has_always_spelt_by_variant_names_keeps_that_spelling() {
        assert_eq!(serde_json::to_string(&RequestStatus::InReview).unwrap(), "\"InReview\"");
        assert_eq!(serde_json::from_str::<RequestStatus>("\"InReview\"").unwrap(), RequestStatus::InReview);
        assert!(serde_json::from_str::<RequestStatus>("\"in_review\"").is_err());
    }

    #[test]
    fn an_empty_column_is_no_value_and_an_unknown_key_is_refused() {
        use super::Stored;
        assert_eq!(Stored::<Outcome>::try_from(None), Ok(Stored(None)));
        assert_eq!(Stored::try_from(Some("refused".to_owned())), Ok(Stored(Some(Outcome::Refused))));
        assert!(Stored::<Outcome>::try_from(Some("maybe".to_owned())).is_err());
    }
}
