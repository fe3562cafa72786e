//! How the window shows things: which view the centre shows, which language(s) the article
//! shows. Plain choices, saved with the settings and set by the look commands.

use serde::{Deserialize, Serialize};

use crate::text::window::WindowWords;

/// Which language(s) the article shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ArticleMode {
    /// Original above, translation below.
    #[default]
    Both,
    /// The Indonesian original only.
    Original,
    /// The English translation only.
    Translation,
}

impl ArticleMode {
    /// Every mode, in switch order.
    pub const ALL: [Self; 3] = [Self::Both, Self::Original, Self::Translation];
}

/// What the centre of the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum CentreTab {
    /// The consequences as cards, grouped by status.
    #[default]
    List,
    /// Conditions → consequences as a graph.
    Graph,
    /// Every combination of the conditions.
    Table,
    /// Two scenarios side by side.
    Compare,
    /// The form of what is selected in the editor (only while editing).
    Edit,
}

impl CentreTab {
    /// Every tab, in order.
    pub const ALL: [Self; 4] = [Self::List, Self::Graph, Self::Table, Self::Compare];

    /// The tab's name.
    pub fn name(self, words: &WindowWords) -> &'static str {
        match self {
            Self::List => words.view_list,
            Self::Graph => words.view_graph,
            Self::Table => words.view_table,
            Self::Compare => words.view_compare,
            Self::Edit => "",
        }
    }
}
