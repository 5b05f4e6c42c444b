import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A node of a small graph drawn around something' })
export class GraphNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'person, identity, account, app, role or integration' }) kind!: string;
  @Field(() => String) label!: string;
  @Field(() => Boolean, { description: 'What the graph is about, or something wrong with it (a finding, a disabled identity, a leaver)' })
  flagged!: boolean;
  @Field(() => String, { nullable: true, description: 'The dashboard page for it, when it has one' }) href!: string | null;
}

@ObjectType({ description: 'A relationship between two nodes of a small graph' })
export class GraphEdge {
  @Field(() => ID) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => String, { description: 'The relationship, in words: owns, in, signs in with, has role, enabled by' }) label!: string;
}

@ObjectType({ description: 'The small graph around a finding: the facts it rests on' })
export class Neighbourhood {
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: GraphEdge[];
}
