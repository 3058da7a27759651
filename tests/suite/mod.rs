mod build;
mod check;
mod invalid;
mod schemas;
mod serve;
