mod build;
mod invalid;
mod serve;
