mod build;
mod invalid;
mod schemas;
mod serve;
