mod build;
mod check;
mod interrupt;
mod invalid;
mod schemas;
mod search;
mod serve;
mod theme;
