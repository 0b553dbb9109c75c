import type { SeedQuestion } from '../../../../../shared/practice.ts';

// Field-specific interview questions, nine for each field: technical knowledge, tools and methods, a
// problem to solve, quality and compliance, working with others, current trends, and one question for
// a candidate moving in from outside the field. This file: Hospitality, Human resources, Legal.

export const HOSPITALITY_HR_LEGAL: readonly SeedQuestion[] = [
  // Hospitality
  {
    key: 'f-hospitality-food-safety',
    text: 'What food safety practices do you follow without even thinking about it, and why do they matter?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'easy',
    lookingFor:
      'Whether food safety is a habit for you, not just a certificate. This matters in kitchens but also for anyone who serves or handles food.',
    guide:
      "Give specific habits: handwashing, separate boards and utensils for raw and cooked food, checking and recording fridge and cooking temperatures, labelling and dating food, stock rotation, and clean-as-you-go. Mention reporting illness and following the kitchen's safety records. Explain briefly why, for example that cross-contamination and poor temperature control are the main causes of food poisoning.",
  },
  {
    key: 'f-hospitality-upselling',
    text: 'How do you suggest extras, such as a room upgrade, a side dish or a better bottle of wine, without being pushy?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'easy',
    lookingFor:
      "Whether you can increase spending in a way that improves the guest's experience. They want natural recommendations, not a hard sell.",
    guide:
      "Explain that you listen for clues, such as a special occasion or a long journey, and suggest something that fits. Describe making a genuine, specific recommendation you can stand behind and accepting a 'no' gracefully. A short example with a result, such as a guest who came back or a good review, shows it works.",
  },
  {
    key: 'f-hospitality-newcomer-hours',
    text: 'You have not worked in hospitality before. How will you cope with shift work, weekends, busy periods and long hours on your feet?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'easy',
    lookingFor:
      'Realistic expectations and reliability. Staff who leave after the first busy weekend are a big cost, so they want to see you have thought it through.',
    guide:
      'Show you know what the work is really like and explain why it suits you, for example you like being busy and working with people. Give evidence of stamina and reliability from other jobs, sport, volunteering or study. Mention your practical arrangements, such as transport for late finishes. Stay positive and honest about your availability.',
  },
  {
    key: 'f-hospitality-overbooked',
    text: 'A guest arrives late at night and the hotel is overbooked, so the room they booked is not available. How do you handle it?',
    category: 'field-specific',
    fields: ['Hospitality', 'Customer service'],
    difficulty: 'medium',
    lookingFor:
      "Calm problem-solving at the front desk and taking ownership of a situation you did not cause. They want you to protect the guest's experience and the hotel's reputation.",
    guide:
      "Explain that you would apologise sincerely and privately, without blaming colleagues, and already have options ready: another room type, a nearby hotel of similar or better standard, transport paid for, and something to make amends. Follow your hotel's policy on relocating guests and make sure it is recorded and handed over. Say how you would follow up the next day. A real example told with STAR is ideal.",
  },
  {
    key: 'f-hospitality-service-communication',
    text: 'Describe how you keep communication clear during a busy service, between front of house and the kitchen, or across your team.',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'medium',
    lookingFor:
      'Teamwork under pressure. Clear communication prevents wrong orders, long waits and allergy mistakes.',
    guide:
      "Give concrete practices: a briefing before service about specials, shortages and bookings, clear calls and confirming orders back, telling guests early about delays, and keeping your temper when others are stressed. Mention a STAR example where communication saved a difficult service or where a breakdown taught you something. Show you care about the whole team's service, not just your section.",
  },
  {
    key: 'f-hospitality-event-running-order',
    text: 'You are running an event for 150 guests. What goes into your running order and checklists, and what do you check on the day?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'medium',
    lookingFor:
      'Organisation and attention to detail in event delivery. They want to know you plan for problems before they happen.',
    guide:
      'Describe a timed running order with who is responsible for each part, supplier arrival times, room layout, equipment, catering timings and dietary requirements. Mention contingency plans for late suppliers, bad weather or equipment failure, and emergency and accessibility arrangements. On the day, explain walking the venue early, briefing staff, and staying in touch with the client. A real example helps.',
  },
  {
    key: 'f-hospitality-trends',
    text: "How are online booking, self check-in, digital ordering and guests' expectations around sustainability changing hospitality work?",
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'medium',
    lookingFor:
      "Awareness of the industry and an understanding that technology changes the guest's experience rather than replacing hospitality.",
    guide:
      'Pick one or two changes you have seen and explain the effect: for example, self-service frees time for personal contact, and guests increasingly ask about food waste, local sourcing or energy use. Say how you would handle guests who struggle with the technology. Show that good service is still the point and technology should support it.',
  },
  {
    key: 'f-hospitality-allergy-after-order',
    text: 'A diner tells their server they have a severe nut allergy after the order has already gone through to the kitchen. What should happen next?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'hard',
    lookingFor:
      'Whether you treat allergies as a safety issue with a clear process. Mistakes here can be fatal, and they want to hear that you would stop and check rather than hope.',
    guide:
      "Explain that the server should tell the kitchen immediately and the chef or manager should check the dish's ingredients using the allergen information, including sauces, oils and possible cross-contact. If it cannot be made safely, the guest should be told honestly and offered an alternative. Describe clear labelling and hand delivery of the dish, and recording allergies on the order. Mention knowing the emergency procedure if a guest reacts.",
  },
  {
    key: 'f-hospitality-refusing-service',
    text: 'A guest who has clearly had too much to drink asks for another round and gets annoyed when you hesitate. What do you do?',
    category: 'field-specific',
    fields: ['Hospitality'],
    difficulty: 'hard',
    lookingFor:
      'Knowledge of responsible alcohol service and the ability to say no safely. Serving someone who is drunk can break the law and put people at risk.',
    guide:
      'Say you would refuse politely and privately, without embarrassing them, and offer water, food or a soft drink. Explain telling your manager or colleagues so everyone is consistent and so nobody else serves them. Mention helping them get home safely, such as calling a taxi, and asking security or the manager to step in if they become aggressive. Record the incident as your venue requires.',
  },
  // Human resources
  {
    key: 'f-hr-systems-records',
    text: 'What HR systems have you used, and how do you keep employee records accurate, up to date and secure?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'easy',
    lookingFor:
      'Practical systems experience and respect for personal data. Inaccurate records cause pay errors and legal risk.',
    guide:
      'Describe the types of systems you have used, such as HR databases, payroll links or applicant tracking, and the tasks you did in them. Explain your accuracy habits: checking changes against signed documents, regular audits and clear cut-off dates for payroll. Mention access controls, keeping records only as long as needed and sharing information only with those entitled to see it.',
  },
  {
    key: 'f-hr-fair-hiring',
    text: 'How would you make a hiring process fairer and reduce bias, from the job advert to the final decision?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'easy',
    lookingFor:
      'Knowledge of good recruitment practice and equality in hiring. They want practical steps rather than good intentions.',
    guide:
      'Work through the stages: inclusive, plain-language adverts that list only genuine requirements; structured interviews with the same questions and a scoring guide; more than one interviewer; and adjustments for candidates who need them. Mention recording reasons for decisions and reviewing data on who applies and who is hired. A short example of a change you made or saw work will help.',
  },
  {
    key: 'f-hr-what-the-job-is',
    text: 'You are moving into HR from another role. People often say they want to work in HR because they like people. What do you understand the job actually involves?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'easy',
    lookingFor:
      'Realistic understanding of HR work, including policy, law, data and difficult conversations. They want to hear that you can support the organisation as well as individuals.',
    guide:
      'Show that you know HR includes administration, employment law, policies, disciplinary and grievance cases, absence management, redundancies and confidential information, as well as recruitment and development. Link your past experience to those tasks, such as handling sensitive matters, managing records or training staff. Mention any study you have started. Avoid making it only about helping people feel good.',
  },
  {
    key: 'f-hr-employment-law-basics',
    text: 'Which areas of employment law come up most in day-to-day HR work, and how do you make sure you are applying the current rules where you work?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'medium',
    lookingFor:
      'A working grasp of the law that affects everyday decisions and the humility to check. Employment law differs by country and changes often.',
    guide:
      'Name common areas such as contracts, working hours and leave, discrimination and equality, family leave, dismissal procedures, health and safety and data protection. Explain how you stay current, for example official government guidance, professional body updates and legal advice for complex cases. Give an example of when checking the rules changed what you did.',
  },
  {
    key: 'f-hr-disciplinary-process',
    text: 'Walk me through a fair disciplinary or performance process, from the first concern to the outcome.',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'medium',
    lookingFor:
      'Procedural knowledge and fairness. A poorly run process can lead to legal claims even when the concern is real.',
    guide:
      'Outline the stages: informal conversation where appropriate, investigation, written invitation to a meeting with the evidence, the right to be accompanied, a hearing, a decision in writing and a right of appeal. Stress consistency with policy, keeping records and considering any health or personal factors. Say what support you would give both the manager and the employee. Use a real case, anonymised, if you have one.',
  },
  {
    key: 'f-hr-building-trust-with-managers',
    text: 'How do you build trust with managers so that they come to HR early, rather than after a problem has blown up?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'medium',
    lookingFor:
      'Business partnering skills and credibility. They want HR people who are seen as useful, not just as rule enforcers.',
    guide:
      'Describe being visible and approachable, learning how the teams work, responding quickly and giving practical advice with options rather than simply saying no. Mention sharing useful data such as absence or turnover trends. Give a STAR example of a manager who came to you early and what that prevented. Show you keep your independence when a manager wants you to just agree.',
  },
  {
    key: 'f-hr-trends',
    text: 'Which workplace trends, such as hybrid working, skills-based hiring, wellbeing or AI in recruitment, do you think HR most needs to get right in the next few years?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'medium',
    lookingFor:
      'Awareness of where the profession is going and a balanced view of risks and benefits. They want opinions you can back up.',
    guide:
      'Choose one or two trends and give a considered view of the opportunity and the risk. For example, AI screening can save time but may carry bias and needs human review and transparency with candidates; hybrid working needs fair rules on who gets flexibility. Say how you keep informed and what you would do in practice.',
  },
  {
    key: 'f-hr-remove-by-friday',
    text: "A manager tells you they want an employee 'gone by Friday' for poor performance, but there is no documentation of any concerns. What do you do?",
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'hard',
    lookingFor:
      'Whether you can push back on a manager constructively and protect the organisation from legal risk. They want firm advice delivered in a helpful way.',
    guide:
      "Explain that you would listen to the manager's frustration and find out what the problems are and how long they have been going on. Then set out the risks of dismissing without a fair process, and offer a practical plan: clear expectations, support, regular reviews and documented meetings. Mention checking for any underlying issue such as health or discrimination. Put your advice in writing and escalate if the manager insists on acting unfairly.",
  },
  {
    key: 'f-hr-confidential-harassment',
    text: 'An employee wants to tell you about harassment by their manager, but first asks you to promise to keep it completely confidential. How do you respond?',
    category: 'field-specific',
    fields: ['Human resources'],
    difficulty: 'hard',
    lookingFor:
      'Understanding of the limits of confidentiality and your duty to act on serious concerns. Promising total secrecy is a classic mistake.',
    guide:
      "Say you would thank them and explain honestly, before they go on, that you will keep it as confidential as possible but cannot promise to do nothing if there is a risk to them or others. Explain their options, such as informal resolution, a formal grievance and support services, and the protection against retaliation. Describe recording the conversation accurately and following the organisation's policy. Show empathy throughout.",
  },
  // Legal
  {
    key: 'f-legal-deadline-tracking',
    text: 'How do you keep track of court dates, limitation periods and filing deadlines so that nothing is missed?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'easy',
    lookingFor:
      'Reliable organisation and an understanding that missed deadlines can harm clients and lead to negligence claims.',
    guide:
      "Describe using the firm's case management system or a shared calendar, entering dates as soon as they are known, setting reminders well before each deadline and double-checking how each deadline is calculated. Mention confirming dates with the supervising lawyer and keeping a backup record. A short example of catching a deadline problem early makes the answer convincing.",
  },
  {
    key: 'f-legal-clear-drafting',
    text: 'What makes a piece of legal writing, such as a client letter or a contract clause, clear and safe?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'easy',
    lookingFor:
      'Precision, plain language where possible and careful checking. Ambiguous drafting creates disputes.',
    guide:
      'Mention using defined terms consistently, avoiding ambiguity, keeping sentences short, and adapting the style for the reader, so a client letter is in plain language. Describe checking cross-references, names, dates and figures, and using approved precedents or templates carefully rather than copying old documents blindly. Say you would ask the supervising lawyer to review anything you are unsure of.',
  },
  {
    key: 'f-legal-conflict-check',
    text: 'What is a conflict of interest check, and what would you do if you found a possible conflict on a new matter?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'Knowledge of a core professional duty and the judgement to stop and escalate. Acting despite a conflict can break professional rules and harm clients.',
    guide:
      "Explain that it checks whether the firm already acts for, or has acted for, anyone whose interests might clash with a new client, including related companies and individuals. Describe searching the firm's records thoroughly for all parties. If you find a possible conflict, say you would stop, not start work or share information, and refer it to the responsible lawyer or risk team to decide. Mention recording the check.",
  },
  {
    key: 'f-legal-document-review',
    text: 'Talk me through how you would review a large set of documents for a case or transaction. How do you stay accurate over many hours?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'A methodical approach and awareness of review tools. They want consistent decisions and flagged issues, not just speed.',
    guide:
      'Describe understanding the purpose and key issues first, agreeing clear criteria and tags, and using the review platform or a tracking spreadsheet consistently. Mention flagging privileged or sensitive documents, keeping a log of questions and checking a sample of your own work. Talk about managing concentration with breaks and steady targets. If you have used search or technology-assisted review, explain briefly how.',
  },
  {
    key: 'f-legal-research-method',
    text: 'How do you research a legal question you have never come across before, and how do you know that the source you found is still good law?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'Sound research method and checking habits. Relying on outdated or overturned authority is a serious error.',
    guide:
      'Describe starting with a practitioner text or overview to understand the area, then moving to legislation and case law using reliable legal databases. Explain checking that legislation is in force and up to date, and that cases have not been overturned or disapproved. Mention recording your sources and summarising your findings clearly for the lawyer, with any uncertainty made explicit.',
  },
  {
    key: 'f-legal-technology-ai',
    text: 'How are technology and AI tools changing legal work, and what are the risks of relying on them?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'Awareness of current trends and a clear sense of professional responsibility. They want you to use tools well without trusting them blindly.',
    guide:
      "Mention uses such as document review, drafting first versions, research and case management. Then name the risks: invented or inaccurate citations, confidentiality of client data entered into tools, and the fact that the professional remains responsible. Explain that you would follow the firm's policy, verify every output against primary sources and never put client information into unapproved tools.",
  },
  {
    key: 'f-legal-newcomer',
    text: 'You do not have a legal background. Why legal work, and how would you handle the precision and confidentiality it demands?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'medium',
    lookingFor:
      'Genuine motivation and evidence that you already work carefully and discreetly. They want to know you will not find detailed, document-heavy work tedious.',
    guide:
      "Give a specific reason for your interest, such as an experience, a course or an area of law connected to your past work. Provide evidence of precision and discretion, such as handling contracts, compliance records, confidential HR or financial information. Say what you are doing to learn, for example a paralegal course or reading about the firm's practice area.",
  },
  {
    key: 'f-legal-misdirected-privileged-email',
    text: "You realise you have received an email from the other side's lawyers that seems to have been meant for their own client, and it looks privileged. What do you do?",
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'hard',
    lookingFor:
      'Professional ethics under pressure. They want to see that you would stop, not exploit the mistake, and escalate straight away.',
    guide:
      "Say you would stop reading as soon as you realised what it was, not forward or discuss it, and tell your supervising lawyer immediately. Explain that professional rules on what happens next differ by jurisdiction, so the lawyer decides how to notify the other side and deal with the document. Mention recording what happened. Show that honesty and the firm's reputation come before any tactical advantage.",
  },
  {
    key: 'f-legal-anxious-client',
    text: 'A client calls, anxious, asking whether they are going to win their case, and the lawyer handling it is not available. What do you say?',
    category: 'field-specific',
    fields: ['Legal'],
    difficulty: 'hard',
    lookingFor:
      'Client care within the limits of your role. Non-lawyers must not give legal advice or predictions, but they should still leave the client feeling heard.',
    guide:
      'Explain that you would listen, acknowledge their worry, and say honestly that you cannot give an opinion on the outcome but will make sure the lawyer knows it is urgent. Offer anything you properly can, such as confirming the next date in the case or what the next step is. Take a clear message, agree when they will be called back and make sure it happens. Record the call on the file.',
  },
];
