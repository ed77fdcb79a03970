//! Host tools: a page of their own, so the table's first load stays small.
fn main() {
    over_a_brew::app::start_host();
}
