mod build;
mod check;
mod interrupt;
mod invalid;
mod schemas;
mod serve;
mod theme;
