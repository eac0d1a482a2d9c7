package org.workforceinsight.demo;

import java.util.List;

/** Fictional names for generated workers: a varied mix of names common in Britain. */
final class DemoNames {

    static final List<String> GIVEN_NAMES = List.of(
            "Aaliyah", "Abigail", "Adam", "Adebayo", "Aisha", "Alex", "Alice", "Alison", "Amelia", "Amir",
            "Amy", "Andrew", "Angela", "Anita", "Anna", "Asif", "Ayesha", "Bethan", "Bilal", "Bronwen",
            "Callum", "Caroline", "Catherine", "Charlotte", "Chloe", "Chidi", "Ciaran", "Claire", "Connor", "Craig",
            "Daniel", "Danielle", "David", "Deborah", "Declan", "Deepa", "Dylan", "Eilidh", "Eleanor", "Elif",
            "Ella", "Emily", "Emma", "Eve", "Faisal", "Fatima", "Fiona", "Freya", "Gareth", "Gemma",
            "Georgia", "Grace", "Hannah", "Harriet", "Harpreet", "Helen", "Holly", "Imran", "Isla", "Jack",
            "Jade", "James", "Jasmine", "Jennifer", "Jessica", "Joanne", "Jordan", "Joseph", "Karen", "Kate",
            "Kelly", "Kemi", "Kieran", "Kirsty", "Laura", "Lauren", "Leah", "Lewis", "Lisa", "Lucy",
            "Mandeep", "Marcus", "Maria", "Mark", "Megan", "Michelle", "Mohammed", "Molly", "Natalie", "Nathan",
            "Niamh", "Nicola", "Olivia", "Oluwaseun", "Owen", "Paul", "Rachel", "Rebecca", "Rhiannon", "Richard",
            "Rosie", "Ruth", "Ryan", "Saima", "Samuel", "Sarah", "Shabana", "Sian", "Simon", "Sophie",
            "Stephen", "Sunita", "Tariq", "Thomas", "Tomasz", "Victoria", "Wei", "Yasmin", "Zainab", "Zoe");

    static final List<String> FAMILY_NAMES = List.of(
            "Adams", "Ahmed", "Akhtar", "Ali", "Allen", "Anderson", "Armstrong", "Atkinson", "Bailey", "Baker",
            "Banks", "Barker", "Barnes", "Bell", "Bennett", "Bibi", "Booth", "Bradley", "Brennan", "Brooks",
            "Brown", "Butler", "Campbell", "Carter", "Chapman", "Chaudhry", "Chen", "Clarke", "Collins", "Cooper",
            "Cox", "Davies", "Dawson", "Dixon", "Doherty", "Douglas", "Edwards", "Ellis", "Evans", "Farrell",
            "Fletcher", "Foster", "Fraser", "Gallagher", "Gill", "Gordon", "Graham", "Grant", "Green", "Griffiths",
            "Hall", "Hamilton", "Harris", "Harrison", "Hart", "Hayes", "Hill", "Holmes", "Hughes", "Hussain",
            "Iqbal", "Jackson", "James", "Jenkins", "Johnson", "Jones", "Kaur", "Kelly", "Kennedy", "Khalid",
            "King", "Kowalski", "Lawrence", "Lee", "Lewis", "Lloyd", "McDonald", "McKenzie", "Mahmood", "Marshall",
            "Martin", "Mason", "Matthews", "Mensah", "Miller", "Mitchell", "Moore", "Morgan", "Morris", "Murphy",
            "Murray", "Nowak", "Obi", "O'Brien", "O'Connor", "Okafor", "Owen", "Parker", "Patel", "Pearson",
            "Phillips", "Powell", "Quinn", "Rahman", "Reid", "Reynolds", "Richards", "Roberts", "Robinson", "Rogers",
            "Ross", "Russell", "Scott", "Shaw", "Sharma", "Simpson", "Singh", "Smith", "Stevens", "Stewart",
            "Sutton", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Wallace", "Ward", "Watson", "Webb",
            "White", "Williams", "Wilson", "Wood", "Wright", "Yates", "Young", "Yusuf");

    private DemoNames() {
    }
}
