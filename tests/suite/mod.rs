mod build;
mod invalid;
