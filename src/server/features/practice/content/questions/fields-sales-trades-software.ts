import type { SeedQuestion } from '../../../../../shared/practice.ts';

// Field-specific interview questions, nine for each field: technical knowledge, tools and methods, a
// problem to solve, quality and compliance, working with others, current trends, and one question for
// a candidate moving in from outside the field. This file: Sales, Skilled trades, Software.

export const SALES_TRADES_SOFTWARE: readonly SeedQuestion[] = [
  // Sales
  {
    key: 'f-sales-process',
    text: 'Talk me through your sales process, from first contact to closing the sale. Where do most of your deals stall?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'easy',
    lookingFor:
      'Whether you work with a repeatable process and understand your own results. Self-awareness about where deals are lost is a good sign.',
    guide:
      'Describe your stages clearly, such as finding prospects, first contact, discovery, proposal, handling objections, closing and follow-up. Give numbers where you can, such as conversion rates or average deal size. Name the stage where deals most often stall for you and what you are doing about it. This works for retail and field sales as well as business sales.',
  },
  {
    key: 'f-sales-crm-habits',
    text: 'How do you use a customer relationship management system? What do you record, and why does it matter to the rest of the team?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'easy',
    lookingFor:
      'Discipline with records. Managers rely on sales data for forecasts, and colleagues need it when covering for you.',
    guide:
      'Explain that you log every contact, next steps and dates, deal stages and values, and update them promptly. Say why it matters: accurate forecasts, smooth handovers, and avoiding two people calling the same customer. Mention how you use it to plan your own day, such as follow-up reminders. Be honest if you found it a chore and how you built the habit.',
  },
  {
    key: 'f-sales-price-objection',
    text: "A prospect says, 'It's too expensive.' What do you do next?",
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor:
      'Whether you explore the objection instead of discounting immediately. They want to see you understand value and protect margin.',
    guide:
      'Explain that you would ask questions to understand what they mean: compared with what, over what period, or whether it is a budget timing issue. Then reconnect the price to the value they told you about, such as time saved or problems solved. If needed, discuss options like a different package or payment terms before any discount. Show it with a short real example if you have one.',
  },
  {
    key: 'f-sales-discovery',
    text: 'What questions do you ask in a first conversation to understand whether a prospect really needs what you sell?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor:
      'Listening and qualification skills. Good salespeople spend time on the right prospects and sell to real needs.',
    guide:
      'Give examples of open questions about their current situation, problems, what those problems cost them, who is involved in the decision, their timeline and budget. Explain how you listen and summarise back before talking about your product. Mention being willing to say when you are not the right fit, since it builds trust and saves time.',
  },
  {
    key: 'f-sales-working-with-delivery',
    text: 'How do you work with the people who deliver or support what you sell, so that customers get what they were promised?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor:
      'Teamwork beyond the sale and honest expectation-setting. Overselling damages relationships with customers and colleagues.',
    guide:
      'Describe involving delivery or technical colleagues before promising anything unusual, a clear handover with everything you learned about the customer, and staying in touch after the sale. Use a STAR example of a smooth handover or of fixing a mismatch between what was sold and what was delivered. Show you value repeat business and referrals, not just the first sale.',
  },
  {
    key: 'f-sales-trends',
    text: 'Buyers now do much of their research online before they ever speak to a salesperson. How does that change the way you sell?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor: 'Awareness of how buying has changed and a modern approach to selling.',
    guide:
      "Explain that buyers often arrive well informed, so the salesperson's value is in insight, advice and helping them decide, not repeating the website. Mention researching prospects before contacting them, useful content and social selling, and following up on signs of interest. If relevant, say how you use data or AI tools to prioritise, while keeping conversations personal.",
  },
  {
    key: 'f-sales-newcomer',
    text: 'You have not had a sales role before. What makes you think you will handle rejection and working to a target?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'medium',
    lookingFor:
      'Resilience, drive and a realistic view of sales work. They want evidence, not just a claim that you are competitive.',
    guide:
      'Give examples of persistence and targets from other areas, such as fundraising, sport, customer service upselling or building something of your own. Show you understand that most approaches end in a no and explain how you learn from it rather than taking it personally. Mention what you have done to prepare, such as reading about sales methods or talking to people in the role.',
  },
  {
    key: 'f-sales-overpromise',
    text: 'You are close to target at the end of the quarter, and a customer will sign if you promise a feature or delivery date you are not sure the company can meet. What do you do?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'hard',
    lookingFor:
      'Integrity under pressure. They want to know you will not win a deal by misleading a customer.',
    guide:
      'Say clearly that you would not promise something you cannot confirm. Explain that you would check quickly with the people who can confirm it, and if it is not possible, offer the customer an honest alternative, such as a phased delivery or written terms covering the uncertainty. Mention the long-term cost of broken promises: refunds, complaints and lost referrals. A real example helps.',
  },
  {
    key: 'f-sales-behind-target',
    text: 'You are 40% behind target with six weeks left in the quarter. What is your plan?',
    category: 'field-specific',
    fields: ['Sales'],
    difficulty: 'hard',
    lookingFor:
      'Calm analysis and a practical plan rather than panic or excuses. They want to see you use your pipeline data.',
    guide:
      'Start by reviewing your pipeline honestly: which deals can realistically close, and what is stopping each one. Then describe focusing time on the most likely deals, reviving recent prospects, asking existing customers for extra business or referrals, and increasing new activity. Mention telling your manager early and asking for help where it would make a difference. Finish with what you would change to avoid the gap next quarter.',
  },
  // Skilled trades
  {
    key: 'f-trades-drawings-and-site',
    text: 'How do you work from drawings, specifications or wiring diagrams, and what do you do when what you find on site does not match them?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'easy',
    lookingFor:
      'Technical reading skills and the sense to query a problem rather than improvise. Unrecorded changes cause trouble for whoever comes next.',
    guide:
      'Describe checking you have the current revision, understanding the symbols and measurements, and planning the job from the drawing before starting. If the site does not match, explain stopping to check, taking photos or measurements, and raising it with the supervisor, engineer or customer before changing anything. Mention recording any agreed change so the drawings can be updated.',
  },
  {
    key: 'f-trades-tools-and-testers',
    text: 'Which tools and test equipment do you rely on, and how do you look after them and check they are fit for use?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'easy',
    lookingFor:
      "Practical knowledge of your trade's kit and a professional attitude to maintaining it. Faulty tools and testers are a safety risk.",
    guide:
      'Name the main tools and testers for your trade, such as voltage testers and multifunction testers, pipe tools and pressure gauges, or welding sets and gauges. Explain checking them before use, proving testers on a known source, keeping calibration up to date, replacing damaged leads and storing tools securely. A short example, such as catching a faulty tester, makes it real.',
  },
  {
    key: 'f-trades-newcomer',
    text: 'You want to start an apprenticeship or move into a trade from another job. Why this trade, and what have you done to prepare?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'easy',
    lookingFor:
      'Genuine interest, reliability and willingness to learn from the bottom. They want to know you will turn up, listen and stick with it.',
    guide:
      'Give a specific reason for choosing the trade, such as practical projects you have done, family experience or an interest in the work. Mention any preparation: courses, safety training, helping on jobs, or learning basic maths for measuring and calculating. Show you understand the reality of early starts, weather, physical work and years of learning, and that you are ready for it.',
  },
  {
    key: 'f-trades-safe-isolation',
    text: 'Before you start work on a system, whether electrical, gas, water or pressurised, how do you make sure it is safe? Walk me through your steps.',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'medium',
    lookingFor:
      'A disciplined, step-by-step safety routine. Assuming something is off is one of the most common causes of serious injury in the trades.',
    guide:
      'Describe identifying the right supply, isolating it, locking it off and tagging it so nobody can switch it back on, then proving it is dead or depressurised with tested equipment, and proving the tester again afterwards. Mention permits to work where required and telling others on site. Say that you never skip a step, even for a quick job. Adapt the detail to your own trade.',
  },
  {
    key: 'f-trades-intermittent-fault',
    text: 'Talk me through how you would find a fault that comes and goes, such as a breaker that trips now and then or a leak that only appears sometimes.',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'medium',
    lookingFor:
      'Logical fault-finding rather than swapping parts until something works. They want a method you can explain.',
    guide:
      'Start with asking the customer or users questions: when it happens, what else is running, and any recent changes. Then describe a logical approach: inspect, test sections one at a time, narrow down the possibilities and try to reproduce the conditions. Mention recording readings and explaining findings to the customer. A real example with the cause you found is ideal.',
  },
  {
    key: 'f-trades-site-coordination',
    text: "On a site with several trades working at once, how do you coordinate so you are not undoing each other's work or getting in each other's way?",
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'medium',
    lookingFor: 'Teamwork and communication on site. Poor coordination causes damage, rework and accidents.',
    guide:
      'Describe attending site briefings, agreeing the order of work with other trades, and talking to the supervisor about clashes early. Mention protecting finished work, keeping your area tidy and safe, and telling others before you isolate a supply or cut into anything. A STAR example where good communication saved time or prevented damage will make your answer stand out.',
  },
  {
    key: 'f-trades-trends',
    text: 'What changes are you seeing in your trade, such as heat pumps, electric vehicle chargers, solar panels, new materials or updated regulations, and how are you keeping your skills current?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'medium',
    lookingFor:
      'Whether you keep learning as the trade changes. Employers want people who can take on new kinds of work.',
    guide:
      'Pick the changes most relevant to your trade and say what they mean in practice, such as new installation methods or extra certification. Describe what you have done to keep up, such as manufacturer training, college courses, reading updates to regulations or working alongside someone experienced. Show interest rather than reluctance.',
  },
  {
    key: 'f-trades-customer-wants-shortcut',
    text: 'A customer asks you to do a job a cheaper way that would not meet the regulations or building code. How do you handle it?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'hard',
    lookingFor:
      'Integrity and the ability to explain the rules to customers without losing the job unnecessarily.',
    guide:
      'Say clearly that you would not do work that does not comply, because it can be dangerous, void insurance and leave you liable. Explain how you would say this politely, explain the risk in plain terms, and offer compliant options that reduce cost, such as phasing the work or a different approach. Mention putting your advice in writing and walking away if the customer insists.',
  },
  {
    key: 'f-trades-failed-inspection',
    text: 'An inspector or supervisor fails a piece of your work, such as a weld, a joint or an installation. What do you do, and how do you check your own work before calling a job finished?',
    category: 'field-specific',
    fields: ['Skilled trades'],
    difficulty: 'hard',
    lookingFor:
      'How you handle criticism and whether you take pride in quality. They want someone who learns from a failure rather than arguing or hiding it.',
    guide:
      'Explain that you would stay professional, make sure you understand exactly why it failed, put it right properly and ask for it to be rechecked. Describe what you would change so it does not happen again. Then explain your own final checks, such as testing, visual inspection, measuring against the specification, tidying up and completing paperwork or certificates. A real example of learning from a mistake shows maturity.',
  },
  // Software
  {
    key: 'f-software-version-control',
    text: 'How do you use version control day to day? Describe your habits for branches, commits and reviews.',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'easy',
    lookingFor:
      'Practical teamwork habits in a shared codebase. Clear history and small changes make reviews and fixes easier for everyone.',
    guide:
      'Describe working on short-lived branches, making small commits with clear messages that explain why, keeping up to date with the main branch and resolving conflicts carefully. Mention opening changes for review with a short description and tests, and responding to comments. If your team used a different workflow, explain it and what you liked or would change.',
  },
  {
    key: 'f-software-explain-web-request',
    text: 'Explain what happens when someone types a web address and presses enter, as you would to a colleague who is not technical.',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'easy',
    lookingFor:
      'Solid understanding of the basics and the ability to explain technical ideas simply. Both matter when working with people outside engineering.',
    guide:
      "Walk through the main steps in plain language: finding the server's address, making a secure connection, sending the request, the server running code and perhaps asking a database, and the browser drawing the page. Use a simple analogy if it helps, but do not let it get in the way. Check your listener is following and offer more detail where they are interested.",
  },
  {
    key: 'f-software-newcomer',
    text: 'You are moving into software from another career, a course or self-teaching. How would you show us you can work on a real codebase with a team, not just finish tutorials?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'easy',
    lookingFor:
      'Evidence of real-world practice and the ability to learn in an existing codebase. Your previous career can be a strength if you connect it.',
    guide:
      'Point to concrete work: a project with real users, contributions to an open-source project, a group project with code review, or tools you built in your previous job. Explain how you find your way around unfamiliar code, such as reading tests, running it locally and asking targeted questions. Link your previous experience to the role, such as domain knowledge, working with customers or managing deadlines.',
  },
  {
    key: 'f-software-code-review-disagreement',
    text: 'In a code review, a colleague pushes back hard on your approach. How do you handle it?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'medium',
    lookingFor:
      'Collaboration and ego management. They want engineers who focus on the code and the user, and who can both disagree and be persuaded.',
    guide:
      'Use STAR with a real example. Describe first understanding their concern, asking questions, and checking whether they are right. If you still disagree, explain discussing trade-offs with evidence, such as a benchmark or a small prototype, or moving to a quick call rather than a long comment thread. Mention bringing in a third view or agreeing to follow team standards, and what you learned.',
  },
  {
    key: 'f-software-testing-strategy',
    text: 'How do you decide what to test, and at what level, such as unit, integration or end-to-end tests?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'medium',
    lookingFor:
      'A thoughtful approach to quality rather than chasing a coverage number. They want tests that give confidence without slowing the team down.',
    guide:
      'Explain testing core logic thoroughly with fast unit tests, using integration tests where parts meet (databases, external services), and keeping a small number of end-to-end tests for critical user journeys. Mention focusing on risk: money, security, data loss and bugs that have happened before. Talk about keeping tests reliable and writing a test that reproduces a bug before fixing it.',
  },
  {
    key: 'f-software-secure-code',
    text: 'What common security mistakes do you watch for in your own code, and how do you handle secrets and personal data?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'medium',
    lookingFor:
      'Everyday security awareness and respect for data protection. Many breaches come from ordinary coding mistakes.',
    guide:
      "Name common issues: unvalidated input, injection, broken access checks, exposing sensitive data in logs or error messages, and outdated dependencies. For secrets, explain keeping them out of the code and repository and using the team's secret store. For personal data, mention collecting only what is needed, restricting access and following retention rules. An example of catching a security issue in review is a plus.",
  },
  {
    key: 'f-software-ai-assistants',
    text: 'How do you use AI coding assistants, if at all, and how do you make sure what they produce is correct, secure and allowed?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'medium',
    lookingFor:
      'A current, responsible view of AI tools. They want developers who gain speed without handing over their judgement.',
    guide:
      "Describe where you find them useful, such as boilerplate, tests, explaining unfamiliar code or drafting documentation, and where you do not trust them. Explain treating the output like code from a new colleague: read it, test it and check for security and licensing concerns. Mention following the employer's policy on what code or data can be shared with such tools.",
  },
  {
    key: 'f-software-production-incident',
    text: 'A production issue is affecting customers and you are on call. Walk me through your first thirty minutes.',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'hard',
    lookingFor:
      'Calm, structured incident response that puts limiting harm to customers before finding the perfect fix.',
    guide:
      'Describe confirming the problem and its impact using monitoring and logs, declaring the incident and communicating early to the right people. Explain looking for recent changes and preferring a quick mitigation, such as rolling back or turning off a feature, before a deep fix. Mention keeping a timeline of what you do and asking for help early. Finish with a blame-free review afterwards and follow-up actions.',
  },
  {
    key: 'f-software-design-tradeoffs',
    text: 'Tell me about a technical design decision you made. What options did you consider, and which trade-offs did you accept?',
    category: 'field-specific',
    fields: ['Software'],
    difficulty: 'hard',
    lookingFor:
      'Engineering judgement: understanding requirements, weighing options and being honest about costs. They want to hear reasoning, not just the chosen technology.',
    guide:
      'Use STAR: the problem and constraints, such as scale, deadline, team skills or budget; the options you compared; why you chose one; and what happened. Be open about what you gave up, such as simplicity over flexibility, and whether you would decide the same way now. Mention how you documented the decision and got agreement from the team.',
  },
];
