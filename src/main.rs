fn main() {
    over_a_brew::start();
}
