/** Small name lists for the synthetic roster (written by hand; no real people intended). */

export const FIRST_NAMES: readonly string[] = [
  'Aaron', 'Abigail', 'Adam', 'Adrian', 'Aisha', 'Alan', 'Alejandro', 'Alex', 'Alice', 'Amara',
  'Amelia', 'Amir', 'Ana', 'Andrea', 'Andrew', 'Angela', 'Anika', 'Anna', 'Anthony', 'Arjun',
  'Ava', 'Beatriz', 'Benjamin', 'Bianca', 'Brandon', 'Brian', 'Caleb', 'Camila', 'Carlos', 'Caroline',
  'Catherine', 'Charles', 'Chen', 'Chloe', 'Christopher', 'Claire', 'Daniel', 'David', 'Deepa', 'Diana',
  'Diego', 'Dmitri', 'Elena', 'Elijah', 'Elizabeth', 'Emily', 'Emma', 'Eric', 'Ethan', 'Eva',
  'Farah', 'Fatima', 'Felix', 'Fernando', 'Fiona', 'Gabriel', 'Grace', 'Hana', 'Hannah', 'Harper',
  'Hassan', 'Henry', 'Hiroshi', 'Ian', 'Ingrid', 'Isaac', 'Isabella', 'Ivan', 'Jack', 'Jacob',
  'James', 'Jasmine', 'Javier', 'Jennifer', 'Jessica', 'Joao', 'John', 'Jonathan', 'Jordan', 'Jose',
  'Joseph', 'Julia', 'Kai', 'Karen', 'Kenji', 'Kevin', 'Kofi', 'Laura', 'Layla', 'Leah',
  'Leo', 'Liam', 'Lily', 'Lucas', 'Lucia', 'Luis', 'Madison', 'Maria', 'Mark', 'Marta',
  'Mateo', 'Matthew', 'Maya', 'Mei', 'Michael', 'Mia', 'Miguel', 'Mohammed', 'Nadia', 'Naomi',
  'Natalie', 'Nathan', 'Nina', 'Noah', 'Olivia', 'Omar', 'Oscar', 'Pablo', 'Patricia', 'Paul',
  'Priya', 'Rachel', 'Rafael', 'Rahul', 'Rebecca', 'Ricardo', 'Robert', 'Rosa', 'Ryan', 'Samuel',
  'Sara', 'Sebastian', 'Sofia', 'Sophie', 'Stephen', 'Sunil', 'Tariq', 'Thomas', 'Valentina', 'Victor',
  'Wei', 'William', 'Yara', 'Yuki', 'Yusuf', 'Zara', 'Zoe', 'Ahmed', 'Ines', 'Tomas',
];

export const LAST_NAMES: readonly string[] = [
  'Abbott', 'Adams', 'Ahmed', 'Alvarez', 'Andersen', 'Anderson', 'Bailey', 'Baker', 'Banerjee', 'Barnes',
  'Bauer', 'Bell', 'Bennett', 'Brooks', 'Brown', 'Campbell', 'Carter', 'Castillo', 'Chang', 'Chen',
  'Clark', 'Collins', 'Cook', 'Cooper', 'Costa', 'Cruz', 'Das', 'Davies', 'Davis', 'Diaz',
  'Dubois', 'Edwards', 'Evans', 'Fernandez', 'Fischer', 'Flores', 'Foster', 'Garcia', 'Gomez', 'Gonzalez',
  'Graham', 'Gray', 'Green', 'Gupta', 'Hall', 'Hansen', 'Harris', 'Hayes', 'Hernandez', 'Hill',
  'Hoffmann', 'Hughes', 'Ibrahim', 'Ito', 'Jackson', 'James', 'Jensen', 'Johnson', 'Jones', 'Kaur',
  'Kelly', 'Khan', 'Kim', 'King', 'Kowalski', 'Kumar', 'Larsen', 'Lee', 'Lewis', 'Li',
  'Lopez', 'Martin', 'Martinez', 'Mehta', 'Meyer', 'Miller', 'Mitchell', 'Moore', 'Morales', 'Morgan',
  'Morris', 'Muller', 'Murphy', 'Nakamura', 'Nguyen', 'Nielsen', 'Novak', 'Okafor', 'Oliveira', 'Ortiz',
  'Owens', 'Park', 'Parker', 'Patel', 'Perez', 'Peterson', 'Phillips', 'Price', 'Ramirez', 'Reddy',
  'Reed', 'Reyes', 'Richardson', 'Rivera', 'Roberts', 'Robinson', 'Rodriguez', 'Rossi', 'Russo', 'Sanchez',
  'Santos', 'Sato', 'Schmidt', 'Schneider', 'Scott', 'Shah', 'Silva', 'Singh', 'Smith', 'Sousa',
  'Stewart', 'Suzuki', 'Tanaka', 'Taylor', 'Thomas', 'Thompson', 'Torres', 'Turner', 'Walker', 'Wang',
  'Ward', 'Watanabe', 'Watson', 'Weber', 'White', 'Williams', 'Wilson', 'Wong', 'Wood', 'Wright',
  'Wu', 'Yamamoto', 'Yang', 'Young', 'Zhang', 'Zhou', 'Becker', 'Coleman', 'Duarte', 'Haddad',
];

/** Names used only for people outside the organization (guests, partners); none appear above. */
export const EXTERNAL_FIRST_NAMES: readonly string[] = [
  'Sam', 'Robin', 'Quinn', 'Casey', 'Morgan', 'Riley', 'Jamie', 'Avery', 'Rowan', 'Skyler',
  'Devon', 'Emerson', 'Finley', 'Harley', 'Reese', 'Sage', 'Tatum', 'Blair', 'Ellis', 'Marlow',
];

export const EXTERNAL_LAST_NAMES: readonly string[] = [
  'Ashworth', 'Blackwood', 'Calloway', 'Drummond', 'Everly', 'Fairbanks', 'Galloway', 'Holloway',
  'Ingram', 'Jarvis', 'Kingsley', 'Lockhart', 'Merriweather', 'Northcott', 'Pemberton', 'Quimby',
  'Radcliffe', 'Stanton', 'Thornbury', 'Underwood',
];

/** Partner and agency domains for guest accounts. */
export const PARTNER_DOMAINS: readonly string[] = [
  'northwind-agency.com', 'contoso-partners.com', 'fabrikam.io', 'tailspin-consulting.com',
  'wingtip-studio.com', 'adventure-works.net', 'litware-legal.com', 'proseware.co',
];

/** Words for accounts that match nobody in HR (former contractors, shared inboxes turned user accounts). */
export const ORPHAN_WORDS: readonly string[] = [
  'events', 'webinars', 'partners', 'recruiting', 'brand', 'growth', 'pilot', 'launch', 'demo', 'research',
];

/** Lower-case a name into an email local-part word (letters only). */
export function emailWord(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}
