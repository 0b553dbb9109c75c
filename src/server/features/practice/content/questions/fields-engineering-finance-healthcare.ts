import type { SeedQuestion } from '../../../../../shared/practice.ts';

// Field-specific interview questions, nine for each field: technical knowledge, tools and methods, a
// problem to solve, quality and compliance, working with others, current trends, and one question for
// a candidate moving in from outside the field. This file: Engineering (non-software), Finance, Healthcare.

export const ENGINEERING_FINANCE_HEALTHCARE: readonly SeedQuestion[] = [
  // Engineering (non-software)
  {
    key: 'f-engineering-reading-drawings',
    text: 'How do you read and check an engineering drawing or specification? What do you look at first, and which mistakes do you watch for?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'easy',
    lookingFor:
      'Basic technical fluency and a careful checking habit. They want to know you would catch errors before they become expensive on site or in production.',
    guide:
      'Walk through a methodical order: title block and revision, scale and units, views and sections, dimensions and tolerances, materials and finishes, and notes. Mention common errors such as out-of-date revisions, missing or conflicting dimensions, tolerances that cannot be made, and unit mix-ups. Say what you would do when you find one: raise a query through the agreed process rather than quietly guessing.',
  },
  {
    key: 'f-engineering-analysis-tools',
    text: 'Which design, modelling or analysis tools have you used, and how do you check that what the software tells you is believable?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'easy',
    lookingFor:
      'Practical tool experience combined with engineering judgement. They are wary of people who trust any result that comes out of a model.',
    guide:
      'Describe the types of tools you have used, such as 3D modelling, drafting, simulation or calculation spreadsheets, and what you used them for. Then explain your sense checks: hand calculations for orders of magnitude, checking boundary conditions and units, comparing with known cases, and having a colleague review critical work. A short example where a check caught an error is ideal.',
  },
  {
    key: 'f-engineering-trends',
    text: 'What changes in your branch of engineering are you watching, for example in energy efficiency, materials, automation or digital modelling, and how are you keeping up?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'easy',
    lookingFor:
      'Curiosity and continued professional development. They want to see that you follow your field beyond the job you are doing.',
    guide:
      "Pick one or two trends that are real in your branch and explain why they matter in practice, for example lower-carbon materials, condition monitoring, or digital models shared across a project. Say how you keep up, such as professional body events, technical journals, courses or hands-on projects. Link it to the employer's work if you can.",
  },
  {
    key: 'f-engineering-design-tradeoff',
    text: 'Tell me about a design decision where you had to trade off cost, weight, strength, time or maintainability. How did you decide?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'medium',
    lookingFor:
      'Structured decision-making and awareness that every design is a compromise. They want to see requirements, options and evidence, not just a preference.',
    guide:
      'Use STAR: the requirement and constraints, the options you considered, how you compared them (calculations, prototypes, supplier quotes, a simple scoring table) and the result. Be explicit about what you gave up and why that was acceptable. Mention who you consulted, such as manufacturing or maintenance, and what you would do differently now.',
  },
  {
    key: 'f-engineering-root-cause',
    text: 'A component keeps failing in service. Walk me through how you would find the root cause rather than just replacing it each time.',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'medium',
    lookingFor:
      'A disciplined problem-solving method. They are testing whether you gather evidence before jumping to a fix.',
    guide:
      "Describe collecting data first: failure history, operating conditions, the failed parts themselves and any changes in supplier or process. Mention structured tools such as asking 'why' repeatedly, a cause-and-effect diagram or a fault tree, and testing your theory. Explain putting in a fix, checking it actually worked over time, and sharing the lesson so it does not recur elsewhere.",
  },
  {
    key: 'f-engineering-working-with-shop-floor',
    text: 'How do you respond when technicians, tradespeople or the shop floor tell you your design will not work as drawn?',
    category: 'field-specific',
    fields: ['Engineering', 'Skilled trades'],
    difficulty: 'medium',
    lookingFor:
      'Humility and respect for practical expertise. Engineers who dismiss feedback from the people building their designs cause delays and safety issues.',
    guide:
      'Say you would go and see the problem for yourself, listen properly and ask what they would suggest. Explain how you would check any change against the requirements and safety, and then update the drawings through proper change control so the record stays accurate. A real STAR example where feedback from the floor improved a design shows you mean it.',
  },
  {
    key: 'f-engineering-career-changer',
    text: 'You are coming into engineering from a different industry, or from a trade or technician role. How will your experience transfer, and where do you expect a gap?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'medium',
    lookingFor:
      'Honest self-assessment and a credible plan. They want to know what you can contribute early and how quickly you will learn the rest.',
    guide:
      "Name specific transferable strengths, such as hands-on knowledge of how things are built and maintained, fault-finding, or project and safety experience. Identify a realistic gap, such as particular standards, design software or theory, and say what you are doing to close it, such as a course, qualification or mentoring. Show you understand the employer's sector and why you want to work in it.",
  },
  {
    key: 'f-engineering-sign-off-pressure',
    text: 'You are under pressure to sign off a design or installation, but you are not satisfied that one calculation or test result is right. What do you do?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'hard',
    lookingFor:
      "Professional integrity and an understanding of the engineer's duty for safety. They want someone who will not sign what they cannot stand behind, but who also works quickly to resolve the doubt.",
    guide:
      'Say clearly that you would not sign off until you were satisfied, and that you would explain the specific concern and its possible consequences to your manager in writing. Then show urgency: recheck the calculation, get an independent check, or propose a test, so the delay is as short as possible. Mention escalating further if you were overruled on a safety matter. A real STAR example, even a small one, is powerful here.',
  },
  {
    key: 'f-engineering-late-change',
    text: 'A client asks for a significant change late in a project. How do you assess the impact and manage the change properly?',
    category: 'field-specific',
    fields: ['Engineering'],
    difficulty: 'hard',
    lookingFor:
      'Understanding of change control, risk and commercial impact. They want to see you protect safety, quality and the budget while keeping the client relationship.',
    guide:
      'Explain that you would first understand what the client needs and why, then assess effects on design, safety, cost, programme, approvals and other disciplines. Describe putting the options and their impacts in writing for the client to decide, and not starting work until the change is formally approved. Mention updating documents and telling everyone affected. Finish with a real example if you have one.',
  },
  // Finance
  {
    key: 'f-finance-bank-reconciliation',
    text: 'Walk me through how you carry out a bank reconciliation, and what you do when it does not balance.',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'easy',
    lookingFor:
      'Core bookkeeping knowledge and a methodical approach to finding differences. They want to know you will investigate rather than post a balancing figure.',
    guide:
      'Describe matching the bank statement to the ledger, ticking off items, and listing timing differences such as uncleared cheques or deposits in transit. For differences, explain checking for transposed figures, duplicates, missing bank charges or interest, and items posted to the wrong account or period. Say you would never force it to balance without explanation, and would escalate anything you could not trace.',
  },
  {
    key: 'f-finance-cash-versus-profit',
    text: 'In plain terms, explain the difference between profit and cash flow, and why a profitable business can still run out of cash.',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'easy',
    lookingFor:
      'Whether you understand a fundamental concept and can explain it simply. Explaining finance to non-specialists is a big part of many roles.',
    guide:
      'Explain that profit is income earned minus costs incurred in a period, while cash flow is money actually coming in and going out. Give a simple example: a business makes a large sale on ninety-day terms, but must pay staff and suppliers now. Mention other causes such as buying stock or equipment and repaying loans. Keep it short and clear; the clarity is part of the test.',
  },
  {
    key: 'f-finance-spreadsheet-models',
    text: 'How do you build a spreadsheet or financial model so that someone else can check it and trust the numbers?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'Good modelling habits and an awareness of how spreadsheet errors happen. Trustworthy, reviewable work matters more than clever formulas.',
    guide:
      'Describe separating inputs, calculations and outputs, labelling assumptions clearly, and avoiding numbers typed into formulas. Mention consistent formulas across rows, checks that totals agree, version control and a short notes tab. Say you would ask someone to review important models and that you test with simple figures you can work out by hand.',
  },
  {
    key: 'f-finance-month-end-close',
    text: 'Describe a month-end close process you have worked in. Where does it usually get held up, and what have you done about it?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'Practical understanding of close tasks such as accruals, prepayments, reconciliations and reporting, and an improvement mindset.',
    guide:
      'Outline the steps you were responsible for and the timetable. Identify a real bottleneck, such as late information from other departments, manual journals or unreconciled accounts. Use STAR to describe one change you made or suggested, such as a checklist, earlier cut-off reminders or a template, and the result in days saved or errors reduced.',
  },
  {
    key: 'f-finance-budget-holders',
    text: 'Budget holders keep missing your deadlines for accrual information and forecasts. How do you get what you need without damaging the relationship?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'Influence without authority and an understanding of why non-finance colleagues find these requests a chore. They want firmness combined with helpfulness.',
    guide:
      'Explain that you would make the request easy: clear deadlines set well in advance, a simple template, and an explanation of why the information matters. Describe following up personally and offering to sit with people who struggle. Say when you would escalate, and how you would do so without blaming anyone. A STAR example with a measurable improvement makes the answer convincing.',
  },
  {
    key: 'f-finance-automation-trends',
    text: 'Automation and AI are taking over much of the routine processing in finance. Where do you think finance roles are heading, and how are you preparing?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'A realistic view of change in the profession and a willingness to develop. They want people who can add judgement and analysis, not just process transactions.',
    guide:
      'Acknowledge what is being automated, such as invoice capture, bank matching and standard reports. Then explain where people still add value: checking exceptions, controls, analysis, business partnering and explaining numbers. Describe how you are building those skills, for example data tools, a professional qualification or working more closely with operational teams.',
  },
  {
    key: 'f-finance-career-changer',
    text: 'You have not worked in finance before, but you are good with numbers. How would you show us you can be trusted with accuracy and confidentiality from day one?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'medium',
    lookingFor:
      'Evidence of accuracy, discretion and willingness to learn the technical side. Being good with numbers alone is not enough.',
    guide:
      'Give concrete evidence of accuracy from past work, such as cash handling with no discrepancies, stock counts or payroll data. Show discretion with an example of handling confidential information. Be clear about what you are doing to learn the basics, such as a bookkeeping course or studying for an entry-level qualification, and say you expect to double-check your work until you know the systems.',
  },
  {
    key: 'f-finance-variance-explanation',
    text: 'A cost line is 20% over budget this quarter. How would you work out why, and how would you explain it to a manager who is not a finance specialist?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'hard',
    lookingFor:
      'Analytical method and clear communication. They want to see you separate real overspending from timing, coding errors and volume changes.',
    guide:
      'Describe checking first for errors and timing: miscoded invoices, accruals in the wrong period, one-off items. Then split the real variance into causes such as price, volume or a change in activity, using the underlying transactions. For the explanation, lead with the headline and the cause in plain language, then say whether it will continue and what the options are. Avoid jargon and blame.',
  },
  {
    key: 'f-finance-suspicious-payments',
    text: 'You notice a series of payments to a supplier that look slightly odd, and they were approved by a senior manager. What do you do?',
    category: 'field-specific',
    fields: ['Finance'],
    difficulty: 'hard',
    lookingFor:
      'Integrity and knowledge of internal controls and reporting routes. They are checking you will act on a concern without making accusations or tipping anyone off.',
    guide:
      'Explain that you would first check the facts quietly: contracts, purchase orders, delivery evidence and supplier details. If it still looks wrong, say you would report it through the proper route, such as your own manager, the financial controller, internal audit or a whistleblowing line, rather than confronting the approver. Stress keeping accurate notes and keeping it confidential. Seniority of the approver should not change what you do.',
  },
  // Healthcare
  {
    key: 'f-healthcare-infection-control',
    text: 'What does good infection prevention and control look like in your everyday work?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'easy',
    lookingFor:
      'Solid, automatic habits that protect patients, residents and staff. They want practical detail, not a vague mention of hygiene.',
    guide:
      'Cover hand hygiene at the right moments, correct use and removal of gloves, aprons and masks, cleaning equipment between people, safe handling of waste, linen and sharps, and staying away from work when you are infectious. Mention following local policy and reminding colleagues politely when standards slip. If you can, give an example from practice, such as caring for someone in isolation.',
  },
  {
    key: 'f-healthcare-handover',
    text: 'How do you give and receive a handover at the change of shift so that nothing important is missed?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'easy',
    lookingFor:
      'Safe communication and teamwork. Many mistakes in care happen at handover, so they want to see structure and good records.',
    guide:
      "Describe using a consistent structure, for example the person's situation, background, your assessment and what needs to happen next. Mention checking written records match what is said, flagging outstanding tasks, risks and anything that changed, and asking questions when you receive a handover. Say that you write your notes at the time, clearly and factually, so the next person can rely on them.",
  },
  {
    key: 'f-healthcare-dignity-personal-care',
    text: "How do you protect a person's dignity and independence when you are helping them with personal care?",
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'easy',
    lookingFor:
      'Person-centred values that show up in small, specific actions. This question matters especially for care aides and support workers.',
    guide:
      "Give concrete actions: asking consent and explaining what you are doing, closing doors and curtains, keeping the person covered, letting them do what they can for themselves, and respecting their preferences and routines. Mention cultural and religious needs and how you would find them out. A brief real example of adapting care to someone's wishes is more convincing than a list.",
  },
  {
    key: 'f-healthcare-relative-confidentiality',
    text: 'Someone phones saying they are a relative and asks for an update on a patient, but you cannot confirm who they are. How do you handle it?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'medium',
    lookingFor:
      'Understanding of patient confidentiality and consent, balanced with compassion for worried families. This applies to nurses, care staff and clinic admin alike.',
    guide:
      "Say you would not confirm any details, including whether the person is there, until you were sure of the caller's identity and the patient's consent to share. Explain the options: checking the patient's recorded wishes, taking a number and calling back, or asking the patient or the nurse in charge. Stay warm and explain that the rules protect their relative. Mention recording the call if the setting requires it.",
  },
  {
    key: 'f-healthcare-busy-reception-chest-pain',
    text: 'You are on a busy clinic reception. The phones are ringing, there is a queue, and a patient at the desk quietly says they have chest pain. What do you do?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'medium',
    lookingFor:
      'Whether you can spot an emergency among routine work and act without hesitation. Clinic admin staff are often the first to hear about serious symptoms.',
    guide:
      'Say that the chest pain comes first: you would immediately alert a clinician or follow the emergency procedure, which may mean calling emergency services, and make sure the patient is not left alone. The queue and phones can wait or be covered by a colleague. Afterwards, explain you would record what happened and report it as your setting requires. Show you know your limits: you would not assess the symptoms yourself.',
  },
  {
    key: 'f-healthcare-trends',
    text: 'How are changes such as virtual appointments, electronic records and an ageing population affecting the kind of work you would be doing?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'medium',
    lookingFor:
      'Awareness of how care is changing and willingness to adapt. They also want to see you think about patients who struggle with technology.',
    guide:
      'Pick one or two changes and link them to daily work: for example, electronic records need accurate real-time entries, virtual appointments need clear communication and checks on who can use them, and more people living with several long-term conditions means more complex care. Mention how you keep your training up to date. Avoid vague statements; one grounded example is enough.',
  },
  {
    key: 'f-healthcare-newcomer-emotional',
    text: 'You are new to healthcare. What has prepared you for the emotional side of the work, including seeing people in pain, distressed or at the end of their life?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'medium',
    lookingFor:
      'Realistic expectations, resilience and healthy ways of coping. They want to be confident you will stay compassionate without burning out.',
    guide:
      'Share relevant experience honestly, such as caring for a family member, volunteering or a previous job dealing with people in difficult moments. Show you understand what the work involves, including personal care, difficult conversations and death. Describe how you look after yourself, for example talking to colleagues, supervision or keeping a life outside work. Avoid claiming you are never affected.',
  },
  {
    key: 'f-healthcare-deteriorating-patient',
    text: 'During your shift you notice a patient or resident seems more confused and breathless than they were earlier. What do you do?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'hard',
    lookingFor:
      'Recognising deterioration and escalating promptly through the right route. Delay is the main danger, so they want to hear clear, immediate action.',
    guide:
      "Say you would stay with the person, make sure they are safe, and get help straight away from the nurse in charge or the responsible clinician, or call for emergency help if they seem seriously unwell. If it is within your role, mention taking and recording observations using the setting's early warning system. Explain that you would pass on clear facts about what changed and when, and record everything. Show that you would escalate again if you felt you were not being heard.",
  },
  {
    key: 'f-healthcare-reporting-mistakes',
    text: 'You realise you have made a mistake, such as a missed medication, a wrong entry in the records or a task not done. What do you do?',
    category: 'field-specific',
    fields: ['Healthcare'],
    difficulty: 'hard',
    lookingFor:
      'Honesty, openness and putting patient safety first. Healthcare depends on people reporting errors so that harm is limited and systems improve.',
    guide:
      "Explain that you would first make sure the person is safe and tell the nurse in charge or your manager immediately so the right action can be taken. Then report it through the incident system, correct records in the approved way without altering the original entry, and be open with the person and their family as your organisation's policy requires. Finish with what you would learn from it. A real, modest example shows maturity.",
  },
];
