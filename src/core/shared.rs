//! [`Shared`]: an element of a case that copies of the case share until one of them changes
//! it. Copying a case of thousands of consequences (the editor keeps one to edit and shows
//! another) then copies pointers, and two copies compare equal without reading elements
//! neither has changed.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value shared between copies, copied on the first change through one of them. It reads,
/// compares, prints and is written to files exactly as the value itself.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    /// `value`, shared by nothing else yet.
    pub fn new(value: T) -> Self {
        Self(Arc::new(value))
    }
}

impl<T: Clone> Shared<T> {
    /// The value itself: taken over when nothing else shares it, copied when something does.
    pub fn into_inner(self) -> T {
        Arc::unwrap_or_clone(self.0)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Self::new(value)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    /// The value to change: this copy's own, first copied if another copy shares it.
    fn deref_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        T::fmt(&self.0, f)
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        T::serialize(&self.0, serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Shared<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Self::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_through_one_copy_leaves_the_other_as_it_was() {
        let first = Shared::new(vec![1, 2]);
        let mut second = first.clone();
        second.push(3);
        assert_eq!(*first, vec![1, 2]);
        assert_eq!(*second, vec![1, 2, 3]);
        assert_ne!(first, second);
        second.pop();
        assert_eq!(first, second);
    }

    #[test]
    fn it_is_written_and_read_as_the_value_itself() {
        let shared = Shared::new((String::from("ceasefire"), 3_u32));
        let text = ron::to_string(&shared).unwrap_or_default();
        assert_eq!(text, ron::to_string(&*shared).unwrap_or_default());
        let back: Result<Shared<(String, u32)>, _> = ron::from_str(&text);
        assert_eq!(back.ok(), Some(shared));
        assert_eq!(format!("{:?}", Shared::new("x")), format!("{:?}", "x"));
    }
}
